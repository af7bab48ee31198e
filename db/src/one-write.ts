import { PostgresJsSession, PostgresJsTransaction } from 'drizzle-orm/postgres-js/session';
import type { ReservedSql, Sql } from 'postgres';
import { type Database, withRole } from './client.ts';
import { settledInOrder } from './settled.ts';
import type { DbRole } from './privileges.ts';

type SessionParts = ConstructorParameters<typeof PostgresJsSession>;

/** What a drizzle postgres.js session holds, reached past its public types. */
interface PostgresJsParts {
  client: Sql;
  dialect: SessionParts[1];
  schema: SessionParts[2];
  options: SessionParts[3];
}

/** The postgres.js session behind `db`, or null on PGlite. */
function postgresSession(db: Database): PostgresJsParts | null {
  const { session } = db as unknown as { session: unknown };
  return session instanceof PostgresJsSession ? (session as unknown as PostgresJsParts) : null;
}

/** The reserved connection as drizzle's transaction expects it; a nested `transaction` is refused. */
function withoutSavepoints(reserved: ReservedSql): Sql {
  const savepoint = () => Promise.reject(new Error('No savepoint in a one-write transaction: open it with withRole'));
  return Object.assign(reserved, { savepoint });
}

/**
 * `withRole` whose BEGIN and role switch go out with the work's first query, in one write, where
 * drizzle's `transaction` waits for BEGIN's answer first: one round trip fewer. On PGlite, where there
 * is no socket, it is `withRole`. The work may not open a savepoint: a reserved connection has none.
 */
export async function withRoleInOneWrite<T>(db: Database, role: DbRole, work: (tx: Database) => Promise<T>): Promise<T> {
  const session = postgresSession(db);
  if (!session) return withRole(db, role, work);
  const reserved = await session.client.reserve();
  try {
    const own = new PostgresJsSession(withoutSavepoints(reserved), session.dialect, session.schema, session.options);
    // drizzle types a transaction's session as holding a TransactionSql: the reserved connection,
    // savepoints refused, stands in for one.
    const tx = new PostgresJsTransaction(session.dialect, own as never, session.schema) as unknown as Database;
    // One simple-protocol message; if it fails, every query after it fails too ("transaction aborted").
    const [, result] = await settledInOrder(reserved.unsafe(`BEGIN; SET LOCAL ROLE ${role}`).execute(), work(tx));
    await reserved.unsafe('COMMIT');
    return result;
  } catch (error) {
    await reserved.unsafe('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    reserved.release();
  }
}
