/**
 * The server as a bench child process: the configured database (DATABASE_URL), no SPA, PORT from the
 * environment (0 for any). Prints one `{"benchReady":...}` line once it listens.
 * VIGIE_BENCH_ROUTER=unaudited serves `staff.getOne` without its audit (bench part b);
 * VIGIE_BENCH_BROKEN=1 serves it with its audit written after the answer (crash harness, --broken).
 * VIGIE_BENCH_WORKERS=N serves with N node:cluster workers, as `VIGIE_WORKERS` does in production; the
 * ready line then gives every worker's pid, whose CPU the bench adds up.
 */
import cluster from 'node:cluster';
import { loadConfig } from '../src/config.ts';
import { runWorkers } from '../src/workers.ts';
import { createServices, openConfiguredDatabase, startServer } from '../src/server.ts';
import { lateAuditRouter, unauditedRouter } from './routers.ts';

export interface ReadyLine {
  benchReady: true;
  port: number;
  router: RouterName;
  pid: number;
  /** The processes that serve: this one, or its cluster workers. */
  pids: number[];
}
export type RouterName = 'app' | 'unaudited' | 'late-audit';

const LATE_AUDIT_DELAY_MS = 200;

function routerName(): RouterName {
  if (process.env.VIGIE_BENCH_BROKEN === '1') return 'late-audit';
  return process.env.VIGIE_BENCH_ROUTER === 'unaudited' ? 'unaudited' : 'app';
}

const workers = Number(process.env.VIGIE_BENCH_WORKERS ?? 1);

if (workers > 1 && cluster.isPrimary) {
  const listening = new Map<number, number>();
  cluster.on('listening', (worker, address) => {
    listening.set(worker.process.pid ?? 0, address.port);
    if (listening.size < workers) return;
    const pids = [...listening.keys()];
    const ready: ReadyLine = { benchReady: true, port: address.port, router: routerName(), pid: process.pid, pids };
    console.log(JSON.stringify(ready));
  });
  runWorkers(workers, 10_000);
} else {
  await serve();
}

async function serve() {
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('bench/serve.ts needs DATABASE_URL (PostgreSQL)');
  const database = await openConfiguredDatabase(config, false);
  const services = createServices(config, database);
  const name = routerName();
  const routers = { app: undefined, unaudited: unauditedRouter, 'late-audit': () => lateAuditRouter(LATE_AUDIT_DELAY_MS) };
  const server = await startServer(services, { spa: false, router: routers[name]?.() });

  // A cluster worker's port is the primary's to announce.
  if (!cluster.isWorker) {
    const ready: ReadyLine = { benchReady: true, port: server.port, router: name, pid: process.pid, pids: [process.pid] };
    console.log(JSON.stringify(ready));
  }

  process.once('SIGTERM', async () => {
    await server.stop();
    await database.close();
    process.exit(0);
  });
}
