import { type Database, schema } from '@vigie/db';
import { STATS_DEFAULT_THRESHOLD } from '@vigie/domain/stats';
import { eq } from 'drizzle-orm';

const { statsSettings, statsRefreshes } = schema;

export async function thresholdOf(db: Database): Promise<number> {
  const [row] = await db.select({ threshold: statsSettings.threshold }).from(statsSettings).where(eq(statsSettings.id, 1));
  return row?.threshold ?? STATS_DEFAULT_THRESHOLD;
}

/** The DPO's change of k; returns the value it replaced (the audit row keeps both). */
export async function setThreshold(db: Database, staffId: string, threshold: number): Promise<number> {
  const before = await thresholdOf(db);
  // The one row comes with the migration.
  await db.update(statsSettings).set({ threshold, updatedBy: staffId, updatedAt: new Date() }).where(eq(statsSettings.id, 1));
  return before;
}

export async function refreshedAt(db: Database): Promise<Date | null> {
  const [row] = await db.select({ at: statsRefreshes.refreshedAt }).from(statsRefreshes).where(eq(statsRefreshes.id, 1));
  return row?.at ?? null;
}
