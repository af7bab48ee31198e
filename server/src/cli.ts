import { type Detail, defaultDemoLearners, demoAccounts, demoCounts, fullDetailUpTo, seedDemo } from '@vigie/db/seed';
import { text } from 'node:stream/consumers';
import { staffRoles } from '@vigie/domain/roles';
import { Command } from 'commander';
import './zod-locale.ts';
import { ZodError } from 'zod';
import { formatCheckpoint, sealAll, writeCheckpoint } from './audit/sealer.ts';
import { recordVerification, verifyChain } from './audit/verify.ts';
import { hashPassword } from './auth/passwords.ts';
import { loadConfig } from './config.ts';
import { openConfiguredDatabase } from './server.ts';
import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from './audit/events.ts';
import { createStaff } from './staff/writes.ts';
import { printRun } from './retention/report.ts';
import { jobOrigin, runRetention } from './retention/run.ts';
import { staffCreateData } from './staff/schemas.ts';

const config = loadConfig();
const program = new Command('vigie').description("Ligne de commande de Vigie");

function parseCheckpoint(value: string, previous: { seq: number; hash: string }[] = []) {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(value.trim());
  if (!match) throw new Error(`checkpoint "${value}" is not <seq>:<sha256 hex>`);
  return [...previous, { seq: Number(match[1]), hash: match[2] as string }];
}

const db = program.command('db').description('base de données');
db.command('migrate')
  .description('applique les migrations (en tant que propriétaire des tables)')
  .action(async () => {
    const database = await openConfiguredDatabase(config, true);
    await database.close();
    console.log(`migrations appliquées (${database.kind})`);
  });

function parseLearners(value: string): number {
  const learners = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(learners) || learners < 1) throw new Error(`--learners "${value}" is not a positive whole number`);
  return learners;
}

function parseDetail(value: string): Detail {
  if (value !== 'full' && value !== 'light') throw new Error(`--detail "${value}" is neither full nor light`);
  return value;
}

db.command('seed')
  .description('remplit une base vide avec les données de démonstration')
  .option('--learners <n>', `nombre de stagiaires (${defaultDemoLearners} par défaut)`, parseLearners)
  .option(
    '--detail <full|light>',
    `présences et connexions : toutes (full) ou les dernières (light, par défaut au-delà de ${fullDetailUpTo} stagiaires)`,
    parseDetail,
  )
  .action(async (options: { learners?: number; detail?: Detail }) => {
    if (config.env === 'production') throw new Error('no demo data in production');
    const database = await openConfiguredDatabase(config, true);
    try {
      const hash = await hashPassword(config.demoPassword);
      const startedAt = performance.now();
      const onStep = (step: string, ms: number) => console.log(`  ${step.padEnd(18)} ${(ms / 1000).toFixed(2)} s`);
      const seeded = await database.asOwner((owner) => seedDemo(owner, hash, { ...options, onStep }));
      if (!seeded) {
        console.log('base déjà remplie : rien à faire');
        return;
      }
      console.log(`démo créée en ${((performance.now() - startedAt) / 1000).toFixed(1)} s (${database.kind}) :`);
      const counts = await database.asOwner((owner) => demoCounts(owner));
      for (const [table, rows] of Object.entries(counts)) console.log(`  ${table.padEnd(22)} ${rows.toLocaleString('fr-FR')}`);
      console.log(`comptes : ${demoAccounts.map((a) => a.email).join(', ')}`);
    } finally {
      await database.close();
    }
  });

program
  .command('staff')
  .description("comptes de l'équipe")
  .command('create')
  .description('crée un compte, par exemple le premier administrateur ; mot de passe lu sur l’entrée standard')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>', 'nom affiché')
  .requiredOption('--role <role>', staffRoles.join(' | '))
  .action(async (options: { email: string; name: string; role: string }) => {
    const data = staffCreateData.parse({
      email: options.email,
      displayName: options.name,
      role: options.role,
      password: (await text(process.stdin)).trim(),
    });
    const database = await openConfiguredDatabase(config, true);
    try {
      // Provisioning, like seeding: the owner writes the account, and the log says it came from here.
      const created = await database.asOwner((owner) => createStaff(owner, data));
      const { id, role } = created.data.data;
      const origin = { requestId: randomUUID(), ip: null, userAgent: 'vigie cli', staffId: null, role: null, sessionHash: null };
      await recordAuditEvent(database.db, origin, {
        action: 'create',
        outcome: 'success',
        procedure: 'cli.staff.create',
        entity: 'staff',
        entityIds: [id],
        subjectIds: created.audit.subjectIds,
        fields: created.audit.fields,
      });
      console.log(`compte créé : ${id} (${role})`);
    } finally {
      await database.close();
    }
  });

const audit = program.command('audit').description("journal d'audit");
audit
  .command('seal')
  .description('scelle les événements en attente et écrit un point de contrôle')
  .action(async () => {
    const database = await openConfiguredDatabase(config, true);
    const sealed = await sealAll(database.db);
    const checkpoint = await writeCheckpoint(database.db);
    await database.close();
    console.log(`sealed ${sealed} rows`);
    if (checkpoint) console.log(`checkpoint ${checkpoint.at} ${formatCheckpoint(checkpoint)}`);
  });
audit
  .command('verify')
  .description('recalcule la chaîne de hachage et signale la première rupture')
  .option('--checkpoint <seq:hash>', 'point de contrôle gardé à l’extérieur (répétable)', parseCheckpoint)
  .action(async (options: { checkpoint?: { seq: number; hash: string }[] }) => {
    const database = await openConfiguredDatabase(config, true);
    const startedAt = new Date();
    await sealAll(database.db);
    const report = await verifyChain(database.db, options.checkpoint ?? []);
    await recordVerification(database.db, report, startedAt);
    await database.close();
    if (report.startedAfter) {
      const { seq, hash, before } = report.startedAfter;
      console.log(`chain starts after retention checkpoint ${seq}:${hash} (audit rows before ${before} purged)`);
    }
    console.log(`rows checked: ${report.rowsChecked}`);
    console.log(`rows per second: ${report.rowsPerSecond} (${report.seconds.toFixed(2)} s)`);
    console.log(`head: ${report.headSeq}:${report.headHash}`);
    if (report.firstBreak) {
      const { seq, eventId, problem } = report.firstBreak;
      console.log(`BROKEN at chain seq ${seq} (audit event ${eventId ?? '-'}): ${problem}`);
      process.exitCode = 1;
    } else {
      console.log('chain intact');
    }
  });

program
  .command('retention')
  .description('durées de conservation')
  .command('run')
  .description('applique les durées de conservation : par politique, ce qui part et ce qui reste, et pourquoi')
  .option('--dry-run', 'compte seulement, ne supprime rien')
  .action(async (options: { dryRun?: boolean }) => {
    const database = await openConfiguredDatabase(config, true);
    try {
      const dryRun = options.dryRun ?? false;
      const run = await runRetention(database.db, {
        dryRun,
        trigger: 'cli',
        now: new Date(),
        sessionIdleMs: config.session.idleMs,
        origin: jobOrigin('cli'),
      });
      if (!run) throw new Error('a retention run is already under way');
      for (const line of printRun(run.results, dryRun)) console.log(line);
    } finally {
      await database.close();
    }
  });

try {
  await program.parseAsync();
} catch (error) {
  const message =
    error instanceof ZodError
      ? error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')
      : (error as Error).message;
  console.error(`vigie: ${message}`);
  process.exitCode = 1;
}
