import { type Database, schema } from '@vigie/db';
import { desc, eq } from 'drizzle-orm';
import type { RunRecord } from './schemas.ts';

const { retentionRuns } = schema;
/** How many runs the screen lists. */
const RECENT = 20;

const toRecord = (row: typeof retentionRuns.$inferSelect): RunRecord => ({
  id: row.id,
  dryRun: row.dryRun,
  trigger: row.trigger,
  startedBy: row.startedBy,
  startedAt: row.startedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  state: row.status,
  done: row.done,
  steps: row.steps,
  results: row.results,
});

/** The last runs, newest first: counts only, nobody's data. */
export async function recentRuns(db: Database): Promise<RunRecord[]> {
  const rows = await db.select().from(retentionRuns).orderBy(desc(retentionRuns.startedAt)).limit(RECENT);
  return rows.map(toRecord);
}

export async function runById(db: Database, id: string): Promise<RunRecord | null> {
  const [row] = await db.select().from(retentionRuns).where(eq(retentionRuns.id, id));
  return row ? toRecord(row) : null;
}
