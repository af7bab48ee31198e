/**
 * The server as a bench child process: the configured database (DATABASE_URL), no SPA, PORT from the
 * environment (0 for any). Prints one `{"benchReady":...}` line once it listens.
 * VIGIE_BENCH_ROUTER=unaudited serves `staff.getOne` without its audit (bench part b);
 * VIGIE_BENCH_BROKEN=1 serves it with its audit written after the answer (crash harness, --broken).
 * VIGIE_BENCH_PREPARED=1 runs every query as a named prepared statement (a what-if, see prepared.ts).
 */
import { loadConfig } from '../src/config.ts';
import { createServices, openConfiguredDatabase, startServer } from '../src/server.ts';
import { openPreparedDatabase } from './prepared.ts';
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

const config = loadConfig();
if (!config.databaseUrl) throw new Error('bench/serve.ts needs DATABASE_URL (PostgreSQL)');
const database =
  process.env.VIGIE_BENCH_PREPARED === '1'
    ? openPreparedDatabase(config.databaseUrl)
    : await openConfiguredDatabase(config, false);
const services = createServices(config, database);
const name = routerName();
const routers = { app: undefined, unaudited: unauditedRouter, 'late-audit': () => lateAuditRouter(LATE_AUDIT_DELAY_MS) };
const server = await startServer(services, { spa: false, router: routers[name]?.() });

const ready: ReadyLine = { benchReady: true, port: server.port, router: name, pid: process.pid };
console.log(JSON.stringify(ready));

process.once('SIGTERM', async () => {
  await server.stop();
  await database.close();
  process.exit(0);
});
