import cluster from 'node:cluster';
import { logger } from './logger.ts';

/**
 * `VIGIE_WORKERS=N` (or `auto`, one per core): the primary forks N server processes that share the
 * port (node:cluster). They are replicas like any other: sessions, throttling and jobs live in
 * PostgreSQL, and the jobs take advisory locks. A worker that dies is replaced; on SIGTERM the primary
 * asks each to stop gracefully and leaves when they all have.
 */
export function runWorkers(count: number, shutdownMs: number): void {
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'worker died: starting another');
    fork();
  });
  for (let i = 0; i < count; i += 1) fork();
  logger.info({ workers: count }, 'primary started its workers');
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => {
      stopping = true;
      const deadline = setTimeout(() => process.exit(1), shutdownMs);
      const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      let left = workers.length;
      if (left === 0) process.exit(0);
      for (const worker of workers) {
        worker.once('exit', () => {
          left -= 1;
          if (left === 0) {
            clearTimeout(deadline);
            process.exit(0);
          }
        });
        worker.process.kill('SIGTERM');
      }
    });
  }
}
