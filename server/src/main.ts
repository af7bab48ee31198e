import { mkdirSync } from 'node:fs';
import { demoAccounts, seedDemo } from '@vigie/db/seed';
import { hashPassword } from './auth/passwords.ts';
import { loadConfig } from './config.ts';
import { createServices, openConfiguredDatabase, startServer } from './server.ts';

const config = loadConfig();
mkdirSync(config.dataDir, { recursive: true });
const production = config.env === 'production';
// In production on PostgreSQL, migrations are a release step (`pnpm vigie db migrate`) run as the owner.
const database = await openConfiguredDatabase(config, !(production && config.databaseUrl));
if (!production) {
  const seeded = await database.asOwner(async (owner) => seedDemo(owner, await hashPassword(config.demoPassword)));
  if (seeded) console.log('Base vide : données de démonstration créées.');
}
const services = createServices(config, database);
const server = await startServer(services, { spa: true });

console.log(`\nVigie écoute sur http://localhost:${server.port}  (base : ${database.kind})`);
if (!production) {
  console.log(`\nComptes de démonstration (mot de passe : ${config.demoPassword}) :`);
  for (const account of demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email}`);
  console.log('ATTENTION : comptes de démonstration, à ne jamais utiliser en production.\n');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await server.stop();
    await database.close();
    process.exit(0);
  });
}
