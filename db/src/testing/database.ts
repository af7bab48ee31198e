import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { openDatabase, type VigieDatabase } from '../client.ts';
import { openScratchDatabase } from '../scratch.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A fresh, migrated PostgreSQL database for this run; null means each test file uses PGlite. */
    testDatabaseUrl: string | null;
  }
}

/**
 * The database of one test file: this run's PostgreSQL database when DATABASE_URL is set, otherwise a
 * fresh in-memory PGlite. Tests own their data (unique emails and ids), so files can share a server;
 * `fresh` gives a database nobody else writes to (for what is global to one: the audit chain).
 */
export function openTestDatabase(options: { poolSize?: number; fresh?: boolean } = {}): Promise<VigieDatabase> {
  const url = inject('testDatabaseUrl');
  if (!url) return openDatabase({ migrate: true });
  if (options.fresh) {
    const name = `${new URL(url).pathname.slice(1)}_${randomBytes(3).toString('hex')}`;
    return openScratchDatabase(url, name, options);
  }
  return openDatabase({ url, poolSize: options.poolSize ?? 10 });
}
