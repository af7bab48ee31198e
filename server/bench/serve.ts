/**
 * The server as a bench child process: the configured database (DATABASE_URL), no SPA, PORT from the
 * environment (0 for any). Prints one `{"benchReady":...}` line once it listens.
 * VIGIE_BENCH_ROUTER=unaudited serves `staff.getOne` without its audit (bench part b);
 * VIGIE_BENCH_BROKEN=1 serves it with its audit written after the answer (crash harness, --broken).
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { startAuditJobs } from '../src/audit/jobs.ts';
import { loadConfig } from '../src/config.ts';
import type { Services } from '../src/context.ts';
import { createApi } from '../src/http/app.ts';
import type { AppRouter } from '../src/router.ts';
import { createServices, openConfiguredDatabase, startServer } from '../src/server.ts';
import { lateAuditRouter, unauditedRouter } from './routers.ts';

export interface ReadyLine {
  benchReady: true;
  port: number;
  router: RouterName;
  pid: number;
}
export type RouterName = 'app' | 'unaudited' | 'late-audit';

const LATE_AUDIT_DELAY_MS = 200;

function routerName(): RouterName {
  if (process.env.VIGIE_BENCH_BROKEN === '1') return 'late-audit';
  return process.env.VIGIE_BENCH_ROUTER === 'unaudited' ? 'unaudited' : 'app';
}

/** `startServer` with another router: the same API and background jobs, no SPA. */
async function startWithRouter(services: Services, router: AppRouter) {
  const { config, database } = services;
  const app = createApi(services, router);
  const stopJobs = startAuditJobs(database.db, {
    sealIntervalMs: config.sealIntervalMs,
    checkpointIntervalMs: config.checkpointIntervalMs,
    checkpointFile: join(config.dataDir, 'audit-checkpoints.log'),
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(config.port, () => resolve(listening));
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : config.port,
    async stop() {
      await stopJobs();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const config = loadConfig();
if (!config.databaseUrl) throw new Error('bench/serve.ts needs DATABASE_URL (PostgreSQL)');
const database = await openConfiguredDatabase(config, false);
const services = createServices(config, database);
const name = routerName();
const server =
  name === 'app'
    ? await startServer(services, { spa: false })
    : await startWithRouter(services, name === 'unaudited' ? unauditedRouter() : lateAuditRouter(LATE_AUDIT_DELAY_MS));

const ready: ReadyLine = { benchReady: true, port: server.port, router: name, pid: process.pid };
console.log(JSON.stringify(ready));

process.once('SIGTERM', async () => {
  await server.stop();
  await database.close();
  process.exit(0);
});
