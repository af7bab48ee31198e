/**
 * A what-if for bench/serve.ts (VIGIE_BENCH_PREPARED=1): the run-time database of db/src/client.ts,
 * except that every query drizzle sends becomes a named prepared statement. drizzle passes
 * `prepare: false` to postgres.js unless a query is given a name, and postgres.js then sends each
 * query with parameters as Parse+Describe, waits, then Bind+Execute: two round trips and a fresh
 * plan every time. Not a replacement for openDatabase: it only serves requests.
 */
import { RUNTIME_ROLE, type Schema, schema, type VigieDatabase } from '@vigie/db';
import { drizzle } from 'drizzle-orm/postgres-js';
import type { Database } from '@vigie/db';
import postgres from 'postgres';

type Client = postgres.Sql;
type Unsafe = Client['unsafe'];

/** The same client, but `unsafe` (all drizzle uses) always prepares, in transactions too. */
function alwaysPrepared<T extends Client | postgres.TransactionSql>(client: T): T {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === 'unsafe') {
        const unsafe: Unsafe = (query, params, options) => target.unsafe(query, params, { ...options, prepare: true });
        return unsafe;
      }
      if ((key === 'begin' || key === 'savepoint') && typeof value === 'function') {
        return (...args: unknown[]) =>
          (value as (...a: unknown[]) => unknown).apply(
            target,
            args.map((arg) => (typeof arg === 'function' ? (tx: postgres.TransactionSql) => arg(alwaysPrepared(tx)) : arg)),
          );
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export function openPreparedDatabase(url: string, poolSize = 10): VigieDatabase {
  const client = postgres(url, { max: poolSize, onnotice: () => {}, connection: { role: RUNTIME_ROLE } });
  const db = drizzle<Schema>(alwaysPrepared(client), { schema }) as unknown as Database;
  return {
    kind: 'postgres',
    db,
    asOwner: () => Promise.reject(new Error('not in the prepared-statements what-if')),
    owner: () => {
      throw new Error('not in the prepared-statements what-if');
    },
    close: () => client.end(),
  };
}
