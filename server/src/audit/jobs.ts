import { appendFile } from 'node:fs/promises';
import type { Database } from '@vigie/db';
import { logger } from '../logger.ts';
import { countJobRun } from '../metrics/registry.ts';
import { runRequestedVerification } from './integrity.ts';
import { type Checkpoint, formatCheckpoint, sealAll, writeCheckpoint } from './sealer.ts';

export interface AuditJobOptions {
  sealIntervalMs: number;
  checkpointIntervalMs: number;
  /** A file an operator can ship elsewhere; each checkpoint is appended as one line. */
  checkpointFile?: string;
}

/** A job's run, as `/metrics` counts it. */
export interface JobRun {
  job: string;
  ok: boolean;
  at: number;
}

let finished = (run: JobRun) => countJobRun(run.job, run.ok, run.at);

/** Where the runs are told: the jobs thread (jobs/thread.ts) tells the server's thread, whose registry `/metrics` reads. */
export function reportJobRuns(to: (run: JobRun) => void) {
  finished = to;
}

/** Runs `work` every `everyMs` until stopped; a failed run is logged, measured and retried next time. */
export function every(everyMs: number, name: string, work: () => Promise<void>) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = work()
      .then(
        () => finished({ job: name, ok: true, at: Date.now() }),
        (error: unknown) => {
          finished({ job: name, ok: false, at: Date.now() });
          logger.error({ job: name, err: (error as Error).name }, 'job failed');
        },
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs);
      });
  };
  timer = setTimeout(tick, everyMs);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

async function publish(checkpoint: Checkpoint, file: string | undefined) {
  logger.info({ auditCheckpoint: formatCheckpoint(checkpoint), at: checkpoint.at }, 'audit checkpoint');
  if (file) await appendFile(file, `${checkpoint.at} ${formatCheckpoint(checkpoint)}\n`);
}

// How soon a verification asked for from the console starts.
const VERIFY_POLL_MS = 1_000;

/** The sealer, the checkpoint writer and the console's verifications, off the request path. Returns a function that stops them. */
export function startAuditJobs(db: Database, options: AuditJobOptions) {
  const stops = [
    every(options.sealIntervalMs, 'audit-seal', async () => {
      await sealAll(db);
    }),
    every(options.checkpointIntervalMs, 'audit-checkpoint', async () => {
      await sealAll(db);
      const checkpoint = await writeCheckpoint(db);
      if (checkpoint) await publish(checkpoint, options.checkpointFile);
    }),
    every(VERIFY_POLL_MS, 'audit-verify', async () => {
      while (await runRequestedVerification(db));
    }),
  ];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
