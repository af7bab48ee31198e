import cluster from 'node:cluster';
import { mkdirSync } from 'node:fs';
import type { VigieDatabase } from '@vigie/db';
import { demoAccounts, seedDemo } from '@vigie/db/seed';
import { hashPassword } from './auth/passwords.ts';
import { loadConfig } from './config.ts';
import { logger } from './logger.ts';
import { createServices, openConfiguredDatabase, startServer } from './server.ts';
import { runWorkers } from './workers.ts';

const config = loadConfig();
mkdirSync(config.dataDir, { recursive: true });
const production = config.env === 'production';
// A replica being replaced finishes what it was doing and leaves within 10 s (its orchestrator's grace).
const SHUTDOWN_MS = 10_000;
// The embedded database belongs to one process: workers need PostgreSQL.
if (config.workers > 1 && !config.databaseUrl) logger.warn('VIGIE_WORKERS needs DATABASE_URL: one process on the embedded database');
const workers = config.databaseUrl ? config.workers : 1;
const isWorker = workers > 1 && !cluster.isPrimary;

/**
 * In production on PostgreSQL, migrations are a release step (`pnpm vigie db migrate`) run as the
 * owner. Elsewhere the database is migrated and, when empty, filled with demo data, once: by the
 * only process, or by the primary before it forks its workers.
 */
async function prepare(): Promise<VigieDatabase> {
  const database = await openConfiguredDatabase(config, !(production && config.databaseUrl) && !isWorker);
  if (!production && !isWorker) {
    const seeded = await database.asOwner(async (owner) => seedDemo(owner, await hashPassword(config.demoPassword)));
    if (seeded) console.log('Base vide : données de démonstration créées.');
  }
  return database;
}

async function serve(database: VigieDatabase) {
  const server = await startServer(createServices(config, database), { spa: true });
  if (!isWorker) {
    console.log(`\nVigie écoute sur http://localhost:${server.port}  (base : ${database.kind})`);
    if (!production) {
      console.log(`\nComptes de démonstration (mot de passe : ${config.demoPassword}) :`);
      for (const account of demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email}`);
      console.log('ATTENTION : comptes de démonstration, à ne jamais utiliser en production.\n');
    }
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      const deadline = setTimeout(() => {
        logger.error({ signal }, 'shutdown overran: exiting anyway');
        process.exit(1);
      }, SHUTDOWN_MS);
      await server.stop(SHUTDOWN_MS - 2_000);
      await database.close();
      clearTimeout(deadline);
      logger.info({ signal }, 'stopped');
      process.exit(0);
    });
  }
}

if (workers > 1 && cluster.isPrimary) {
  if (!production) await (await prepare()).close();
  runWorkers(workers, SHUTDOWN_MS);
  console.log(`\nVigie : ${workers} processus sur le port ${config.port} (base : postgres)`);
} else {
  await serve(await prepare());
}
