import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type VigieDatabase } from '../client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A fresh, migrated PostgreSQL database for this run; null means each test file uses PGlite. */
    testDatabaseUrl: string | null;
  }
}

/** A database of its own for tests that change what is global to one (the audit chain, grants). */
async function openFreshPostgres(runUrl: string): Promise<VigieDatabase> {
  const name = `${new URL(runUrl).pathname.slice(1)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(runUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(runUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), migrate: true });
  return {
    ...database,
    async close() {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * The database of one test file: this run's PostgreSQL database when DATABASE_URL is set, otherwise a
 * fresh in-memory PGlite. Tests own their data (unique emails and ids), so files can share a server;
 * `fresh` gives a database nobody else writes to.
 */
export function openTestDatabase(options: { poolSize?: number; fresh?: boolean } = {}): Promise<VigieDatabase> {
  const url = inject('testDatabaseUrl');
  if (!url) return openDatabase({ migrate: true });
  if (options.fresh) return openFreshPostgres(url);
  return openDatabase({ url, poolSize: options.poolSize ?? 10 });
}
