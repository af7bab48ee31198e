import type { Database } from '@vigie/db';
import { every } from '../audit/jobs.ts';
import { logger } from '../logger.ts';
import { refreshStats } from './rollup.ts';

/** The rollup is rebuilt every hour (and once at start): the screen shows figures at most that old. */
export const STATS_REFRESH_MS = 60 * 60_000;
const FIRST_RUN_MS = 1_000;

export function startStatsRollupJob(db: Database, intervalMs = STATS_REFRESH_MS) {
  const first = setTimeout(() => {
    refreshStats(db).catch((error: unknown) => logger.error({ job: 'stats-rollup', err: (error as Error).name }, 'job failed'));
  }, FIRST_RUN_MS);
  const stop = every(intervalMs, 'stats-rollup', async () => {
    await refreshStats(db);
  });
  return async () => {
    clearTimeout(first);
    await stop();
  };
}
