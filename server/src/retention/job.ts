import type { Database } from '@vigie/db';
import { every } from '../audit/jobs.ts';
import { jobOrigin, runRetention } from './run.ts';

/** Checked every hour; the run itself happens once a day (the claim refuses a second one). */
const CHECK_EVERY_MS = 60 * 60_000;

/** The daily purge: whichever process takes the lock first runs it, the others find it done. */
export function startRetentionJob(db: Database, now: () => Date, sessionIdleMs: number) {
  return every(CHECK_EVERY_MS, 'retention', async () => {
    await runRetention(db, { dryRun: false, trigger: 'job', now: now(), sessionIdleMs, origin: jobOrigin('job'), oncePerDay: true });
  });
}
