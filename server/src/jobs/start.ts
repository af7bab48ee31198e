import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Database } from '@vigie/db';
import { startAnomalyJob } from '../anomalies/job.ts';
import type { JobRun } from '../audit/jobs.ts';
import { startAuditJobs } from '../audit/jobs.ts';
import type { Config } from '../config.ts';
import { logger } from '../logger.ts';
import { countJobRun } from '../metrics/registry.ts';
import { startPackagePurgeJob } from '../requests/answer/job.ts';
import { startRetentionJob } from '../retention/job.ts';
import { startStatsRollupJob } from '../stats/job.ts';

/** The background jobs, each a loop that takes its advisory lock first; returns a function that stops them between two runs. */
export function startJobs(db: Database, config: Config, now: () => Date) {
  const stops = [
    startAuditJobs(db, {
      sealIntervalMs: config.sealIntervalMs,
      checkpointIntervalMs: config.checkpointIntervalMs,
      checkpointFile: join(config.dataDir, 'audit-checkpoints.log'),
    }),
    // Right behind the sealer: the rules read sealed events only.
    startAnomalyJob(db, config.sealIntervalMs),
    startPackagePurgeJob(db, now),
    startStatsRollupJob(db),
    startRetentionJob(db, now, config.session.idleMs),
  ];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}

const STOP_MS = 8_000;

/**
 * The jobs on a thread of their own, with their own connections (PostgreSQL): sealing a few thousand
 * rows or judging them against the anomaly rules takes tens of milliseconds of JavaScript at a time,
 * which on the requests' thread every request in flight waited for (a learner's file, p99 58 ms with
 * them there, 35 ms without). tsx's loader is registered in the thread before it loads its TypeScript.
 */
export function startJobsThread(): () => Promise<void> {
  const loader = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./thread.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(loader)}; register(); await import(${JSON.stringify(entry)});`;
  const thread = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  thread.on('message', (message: { jobRun?: JobRun }) => {
    if (message.jobRun) countJobRun(message.jobRun.job, message.jobRun.ok, message.jobRun.at);
  });
  thread.on('error', (error) => logger.error({ err: error.name }, 'jobs thread failed'));
  return async () => {
    thread.postMessage('stop');
    const late = setTimeout(() => void thread.terminate(), STOP_MS);
    await exited;
    clearTimeout(late);
  };
}
