import { appendFile } from 'node:fs/promises';
import type { Database } from '@vigie/db';
import { logger } from '../logger.ts';
import { jobLastOk, jobLastRun, jobRuns } from '../metrics/registry.ts';
import { runRequestedVerification } from './integrity.ts';
import { type Checkpoint, formatCheckpoint, sealAll, writeCheckpoint } from './sealer.ts';

export interface AuditJobOptions {
  sealIntervalMs: number;
  checkpointIntervalMs: number;
  /** A file an operator can ship elsewhere; each checkpoint is appended as one line. */
  checkpointFile?: string;
}

/** Runs `work` every `everyMs` until stopped; a failed run is logged, measured and retried next time. */
export function every(everyMs: number, name: string, work: () => Promise<void>) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const finished = (ok: boolean) => {
    jobRuns.inc({ job: name, outcome: ok ? 'ok' : 'failed' });
    jobLastRun.set({ job: name }, Date.now() / 1000);
    jobLastOk.set({ job: name }, ok ? 1 : 0);
  };
  const tick = () => {
    running = work()
      .then(
        () => finished(true),
        (error: unknown) => {
          finished(false);
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
