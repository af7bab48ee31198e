import type { Database } from '@vigie/db';
import { every } from '../audit/jobs.ts';
import { scanAll } from './scan.ts';

/** Keeps the review queue current: the rules read each event a few seconds after it is sealed. */
export function startAnomalyJob(db: Database, intervalMs: number) {
  return every(intervalMs, 'anomaly-scan', async () => {
    await scanAll(db);
  });
}
