import type { Database } from '@vigie/db';
import { every } from '../../audit/jobs.ts';
import { purgeExpiredPackages } from './store.ts';

const PURGE_EVERY_MS = 10 * 60_000;

/** Answer packages are copies of a learner's whole file: gone from the database once their link expires. */
export function startPackagePurgeJob(db: Database, now: () => Date) {
  return every(PURGE_EVERY_MS, 'request-package-purge', async () => {
    await purgeExpiredPackages(db, now());
  });
}
