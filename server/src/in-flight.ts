import type { Database } from '@vigie/db';

/**
 * A read asked for again while the same read is still running gets that one's answer: the ten calls a
 * learner's file makes at once look their session up once. Nothing is kept once the read ends, so
 * nothing goes stale: a read asked for afterwards sees the database as it then is.
 */
export function sharedWhileRunning<A extends unknown[], V>(read: (db: Database, ...args: A) => Promise<V>, keyOf: (...args: A) => string) {
  const running = new WeakMap<Database, Map<string, Promise<V>>>();
  return (db: Database, ...args: A): Promise<V> => {
    let byKey = running.get(db);
    if (!byKey) {
      byKey = new Map();
      running.set(db, byKey);
    }
    const key = keyOf(...args);
    const current = byKey.get(key);
    if (current) return current;
    const reads = byKey;
    const started = read(db, ...args).finally(() => reads.delete(key));
    reads.set(key, started);
    return started;
  };
}
