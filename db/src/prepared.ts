import type postgres from 'postgres';

type Client = postgres.Sql | postgres.TransactionSql;
type Unsafe = postgres.Sql['unsafe'];

/**
 * The client drizzle drives, with every query a named prepared statement (postgres.js's own default).
 * drizzle asks postgres.js for `prepare: false` unless a query is given a name, and postgres.js then
 * sends a query with parameters as Parse+Describe, waits for the answer, then sends Bind+Execute: two
 * round trips, a fresh plan each time, and the queries behind it on the connection wait. Prepared, a
 * query already seen on that connection is one Bind+Execute, pipelined with its neighbours. Statements
 * live as long as their connection (postgres.js renews each one within the hour).
 */
export function alwaysPrepared<T extends Client>(client: T): T {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === 'unsafe') {
        const unsafe: Unsafe = (query, params, options) => target.unsafe(query, params, { ...options, prepare: true });
        return unsafe;
      }
      // drizzle's transactions and savepoints get their own client: the same applies to it.
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
