import type { SQL } from 'drizzle-orm';
import type { Database } from './client.ts';

/** Raw SQL returning rows, whichever driver answers (PGlite wraps them in `rows`, postgres.js does not). */
export async function selectRows<T>(db: Pick<Database, 'execute'>, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
