import { join } from 'node:path';
import { openDatabase, type VigieDatabase } from '@vigie/db';
import { startJobs, startJobsThread } from './jobs/start.ts';
import { createLoginThrottle } from './auth/throttle.ts';
import type { Config } from './config.ts';
import type { Services } from './context.ts';
import { createApi, createHttpServer } from './http/app.ts';
import { drainable } from './http/drain.ts';
import { mountSpa } from './http/spa.ts';
import type { AppRouter } from './router.ts';

export function openConfiguredDatabase(config: Config, migrate: boolean): Promise<VigieDatabase> {
  return openDatabase({
    url: config.databaseUrl,
    ownerUrl: config.databaseOwnerUrl,
    dataDir: join(config.dataDir, 'pglite'),
    migrate,
    poolSize: config.dbPoolSize,
  });
}

export function createServices(config: Config, database: VigieDatabase): Services {
  const { db, kind, readAs } = database;
  return { config, db, databaseKind: kind, readAs, now: () => new Date(), throttle: createLoginThrottle(db) };
}

/** Starts the HTTP server and the background jobs; returns a function that stops everything. */
export async function startServer(services: Services, options: { spa: boolean; router?: AppRouter }) {
  const { config, db } = services;
  const app = createApi(services, options.router);
  const server = createHttpServer(app);
  const drain = drainable(server);
  const closeSpa = options.spa ? await mountSpa(app, server, config.env) : async () => {};
  // On PostgreSQL the jobs have a thread and connections of their own; the embedded database has one connection, in this thread.
  const stopJobs = services.databaseKind === 'postgres' ? startJobsThread() : startJobs(db, config, services.now);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    port,
    /** Stops accepting, answers the requests that arrived (see drain.ts), and stops the jobs between two runs. */
    async stop(graceMs = 8_000) {
      await Promise.all([drain(graceMs), stopJobs()]);
      await closeSpa();
    },
  };
}
