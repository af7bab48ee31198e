import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The drizzle database the application uses, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DatabaseKind = 'pglite' | 'postgres';

/** The role the server runs as: it owns no table and holds only the grants of the migrations. */
export const RUNTIME_ROLE = 'vigie_app';

const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
// Any constant works; it only has to be the same in every process.
const MIGRATION_LOCK = 7_240_001;

export interface DatabaseOptions {
  /** Run-time connection; unset means the embedded database in `dataDir`. */
  url?: string | undefined;
  /** Connection used for migrations (the tables' owner); defaults to `url`. */
  ownerUrl?: string | undefined;
  /** Folder of the embedded database; `undefined` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** Apply pending migrations before handing the database out. */
  migrate?: boolean;
  poolSize?: number;
}

export interface VigieDatabase {
  kind: DatabaseKind;
  /** Runs as the run-time role. */
  db: Database;
  /** Runs SQL as the tables' owner: migrations, seeding, and tests that play the attacker. */
  asOwner<T>(work: (owner: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<VigieDatabase> {
  return options.url ? openPostgres(options.url, options) : openPglite(options);
}

async function openPglite(options: DatabaseOptions): Promise<VigieDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  if (options.migrate) await migratePglite(db as never, { migrationsFolder });
  // One connection in-process: the role is set for the session and lifted only for owner work.
  await client.exec(`SET ROLE ${RUNTIME_ROLE}`);
  return {
    kind: 'pglite',
    db,
    async asOwner(work) {
      await client.exec('RESET ROLE');
      try {
        return await work(db);
      } finally {
        await client.exec(`SET ROLE ${RUNTIME_ROLE}`);
      }
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<VigieDatabase> {
  const ownerUrl = options.ownerUrl ?? url;
  if (options.migrate) await migrateOwner(ownerUrl);
  const client = postgres(url, {
    max: options.poolSize ?? 10,
    onnotice: () => {},
    // A startup parameter: every pooled connection runs as the run-time role from its first query.
    connection: { role: RUNTIME_ROLE },
  });
  const db = drizzlePostgres(client, { schema }) as unknown as Database;
  return {
    kind: 'postgres',
    db,
    async asOwner(work) {
      const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
      try {
        return await work(drizzlePostgres(owner, { schema }) as unknown as Database);
      } finally {
        await owner.end();
      }
    },
    close: () => client.end(),
  };
}

async function migrateOwner(ownerUrl: string): Promise<void> {
  const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    // Several server processes may start together: one migrates, the others wait for it.
    await owner`SELECT pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(owner), { migrationsFolder });
  } finally {
    await owner.end();
  }
}
