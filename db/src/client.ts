import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { type PgDatabase, type PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { alwaysPrepared } from './prepared.ts';
import { applyPrivileges, type DbRole, dbRoles } from './privileges.ts';
import { settledInOrder } from './settled.ts';

/**
 * The drizzle database the application uses, whichever driver is behind it. Without drizzle's relational
 * queries (`db.query.*`, which nothing uses): given the schema, drizzle builds a query builder per table
 * for every transaction it opens, 42 of them, 13 µs each time.
 */
export type Database = PgDatabase<PgQueryResultHKT>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DatabaseKind = 'pglite' | 'postgres';

/** The role the server runs as: it owns no table and holds no privilege on a declared personal column. */
export const RUNTIME_ROLE = dbRoles.app;

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
  /** The owner's handle itself, opened on first use (tests' fixtures and checks). */
  owner(): Database;
  /**
   * Runs `work` as `role`, unable to write anything. On PostgreSQL its queries go to a pool of connections
   * that start as that role in read-only mode, with no transaction of their own: each is one pipelined
   * statement, as cheap as a read of the run-time role. On PGlite (one connection) it is a read-only
   * transaction that switches to the role.
   */
  readAs<T>(role: DbRole, work: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<VigieDatabase> {
  return options.url ? openPostgres(options.url, options) : openPglite(options);
}

async function openPglite(options: DatabaseOptions): Promise<VigieDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite(client) as unknown as Database;
  if (options.migrate) {
    await migratePglite(db as never, { migrationsFolder });
    await db.transaction((tx) => applyPrivileges((statement) => tx.execute(statement)));
  }
  // One connection in-process: the session runs as the run-time role, and owner work lifts it for
  // its own transaction only, so that it never leaks into the server's queries running meanwhile.
  await client.exec(`SET ROLE ${RUNTIME_ROLE}`);
  const owner = drizzlePglite({ client: ownerClient(client) }) as unknown as Database;
  return {
    kind: 'pglite',
    db,
    asOwner: (work) => work(owner),
    owner: () => owner,
    readAs: (role, work) =>
      withRole(db, role, async (tx) => {
        await tx.execute(sql`SET LOCAL transaction_read_only = on`);
        return work(tx);
      }),
    close: () => client.close(),
  };
}

type PgliteTx = Parameters<Parameters<PGlite['transaction']>[0]>[0];

/** PGlite as drizzle drives it, but every query and transaction runs as the session's (owner) user. */
function ownerClient(client: PGlite): PGlite {
  const lifted = <T>(work: (tx: PgliteTx) => Promise<T>) =>
    client.transaction(async (tx) => {
      await tx.exec('SET LOCAL ROLE NONE');
      return work(tx);
    });
  const facade: Pick<PGlite, 'query' | 'exec' | 'transaction'> = {
    query: (query, params, options) => lifted((tx) => tx.query(query, params, options)),
    exec: (query, options) => lifted((tx) => tx.exec(query, options)),
    transaction: (work) => lifted(work),
  };
  // drizzle's PGlite session only calls these three methods.
  return facade as PGlite;
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<VigieDatabase> {
  const ownerUrl = options.ownerUrl ?? url;
  if (options.migrate) await migrateOwner(ownerUrl);
  // Startup parameters: every pooled connection runs as its role from its first query. The gateway's reads
  // (searches, the audit journal's filters) are planned for their values: a generic plan cannot use a LIKE
  // prefix's index, nor tell a rare search term from a common one (on a million learners, "0612" p95
  // 19.5 ms with plans per value, 60 ms with generic ones). The run-time role's statements, the same few
  // on every request (the session's look-up, the audit append), keep their plans: planned again on every
  // call, they cost PostgreSQL twice the CPU (auth.me 0.124 -> 0.030 ms per request).
  const pool = (role: DbRole, readOnly: boolean) =>
    postgres(url, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      connection: readOnly
        ? { role, plan_cache_mode: 'force_custom_plan', default_transaction_read_only: true }
        : { role, plan_cache_mode: 'auto' },
    });
  const client = pool(RUNTIME_ROLE, false);
  const db = drizzlePostgres(alwaysPrepared(client)) as unknown as Database;
  const readers = new Map<DbRole, { client: postgres.Sql; db: Database }>();
  const readerOf = (role: DbRole) => {
    let reader = readers.get(role);
    if (!reader) {
      const readOnly = pool(role, true);
      reader = { client: readOnly, db: drizzlePostgres(alwaysPrepared(readOnly)) as unknown as Database };
      readers.set(role, reader);
    }
    return reader.db;
  };
  let ownerPool: postgres.Sql | undefined;
  const owner = () => {
    ownerPool ??= postgres(ownerUrl, { max: 2, onnotice: () => {} });
    return drizzlePostgres(ownerPool) as unknown as Database;
  };
  return {
    kind: 'postgres',
    db,
    asOwner: (work) => work(owner()),
    owner,
    readAs: (role, work) => work(readerOf(role)),
    async close() {
      await Promise.all([client.end(), ownerPool?.end(), ...[...readers.values()].map((r) => r.client.end())]);
    },
  };
}

async function migrateOwner(ownerUrl: string): Promise<void> {
  const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    // Several server processes may start together: one migrates, the others wait for it.
    await owner`SELECT pg_advisory_lock(${MIGRATION_LOCK})`;
    const db = drizzlePostgres(owner);
    await migratePostgres(db, { migrationsFolder });
    await db.transaction((tx) => applyPrivileges((statement) => tx.execute(statement)));
  } finally {
    await owner.end();
  }
}

/**
 * Runs `work` in a transaction as `role` (`SET LOCAL ROLE`), which ends with it. Never inside another
 * transaction: a savepoint that is released keeps the role for the rest of the outer transaction.
 */
export async function withRole<T>(db: Database, role: DbRole, work: (tx: Database) => Promise<T>): Promise<T> {
  if (db instanceof PgTransaction) throw new Error(`withRole(${role}) inside a transaction`);
  return db.transaction(async (tx) => {
    // Sent (`then` starts a drizzle query) but not awaited before the work: the connection runs its
    // queries in order, so the role is set before the work's first query, which goes out in the same
    // write: one round trip instead of two.
    const switched = tx.execute(sql.raw(`SET LOCAL ROLE ${role}`)).then(() => undefined);
    const [, result] = await settledInOrder(switched, work(tx));
    return result;
  });
}
