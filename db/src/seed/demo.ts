import { seedProspects } from './prospects.ts';
import { count, getTableName, sql } from 'drizzle-orm';
import type { StaffRole } from '@vigie/domain/roles';
import type { Database, Transaction } from '../client.ts';
import * as schema from '../schema/index.ts';
import { staffUsers } from '../schema/staff.ts';
import { dropIndexesAndKeys } from './bulk.ts';
import { type Detail, seedAccessLogs, seedFraudHold, seedAttendance, seedInteractions } from './activity.ts';
import { fraudCaseLearners, seedFraudCase } from './fraud.ts';
import { seedDemoLearner } from './claire.ts';
import { seedAssessments, seedContracts, seedGroups } from './contracts.ts';
import { employerCount, seedEmployers } from './employers.ts';
import { seedLearners } from './learners.ts';
import { createPlans, type PlanSize } from './plan.ts';

export { demoLearner, demoLearnerEmail } from './claire.ts';
export type { Detail } from './activity.ts';

export const demoAccounts: { email: string; displayName: string; role: StaffRole }[] = [
  { email: 'agent@vigie.test', displayName: 'Camille Martin', role: 'agent' },
  { email: 'dpo@vigie.test', displayName: 'Dominique Petit', role: 'dpo' },
  { email: 'admin@vigie.test', displayName: 'Alex Bernard', role: 'admin' },
  { email: 'manager@vigie.test', displayName: 'Claude Moreau', role: 'manager' },
];

export const defaultDemoLearners = 2_000;
/** Above this many learners, attendance and sign-ins are thinned out (see `Detail`). */
export const fullDetailUpTo = 100_000;
// Two processes starting on one empty database: the second waits, then finds staff and does nothing.
const SEED_LOCK = 7_240_003;

export interface SeedOptions {
  /** Learners in all, the well-known one included. */
  learners?: number;
  /** `full`: every session held and 2-39 sign-ins per learner; `light`: the last 4 sessions and 1-6 sign-ins. */
  detail?: Detail;
  /** Told the duration of each step (the CLI prints them). */
  onStep?: (step: string, milliseconds: number) => void;
}

/** What the seed fills besides the staff accounts. */
const bulkTables = [
  schema.employers, schema.employerContacts, schema.learners, schema.learnerPhotos,
  schema.trainingContracts, schema.trainingGroups, schema.groupMembers, schema.attendance, schema.assessments,
  schema.interactions, schema.platformAccessLogs,
];

type Step = [string, () => Promise<unknown>];

async function timed(steps: Step[], onStep: SeedOptions['onStep']): Promise<void> {
  for (const [name, run] of steps) {
    const startedAt = performance.now();
    await run();
    onStep?.(name, performance.now() - startedAt);
  }
}

/** Row counts of the tables the seed fills, by table name. */
export async function demoCounts(db: Database | Transaction): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [schema.staffUsers, ...bulkTables]) {
    const [row] = await db.select({ n: count() }).from(table);
    counts[getTableName(table)] = Number(row?.n ?? 0);
  }
  return counts;
}

/** The staff accounts; returns the demo agent's id (the service desk's contacts are logged under it). */
async function insertStaff(tx: Transaction, passwordHash: string): Promise<string> {
  const staff = await tx
    .insert(staffUsers)
    .values(demoAccounts.map((account) => ({ ...account, passwordHash })))
    .returning({ id: staffUsers.id, role: staffUsers.role });
  const agentId = staff.find((member) => member.role === 'agent')?.id;
  if (!agentId) throw new Error('the demo agent was not created');
  return agentId;
}

function loadSteps(tx: Transaction, size: PlanSize, detail: Detail, agentId: string): Step[] {
  return [
    ['plan', () => createPlans(tx, size)],
    ['employers', () => seedEmployers(tx, size.employers, new Date())],
    ['learners', () => seedLearners(tx)],
    ['contracts', () => seedContracts(tx)],
    ['groups', () => seedGroups(tx)],
    ['assessments', () => seedAssessments(tx)],
    ['attendance', () => seedAttendance(tx, detail)],
    ['interactions', () => seedInteractions(tx, agentId)],
    ['access logs', () => seedAccessLogs(tx, detail)],
    ['fraud hold', () => seedFraudHold(tx)],
    ['prospects', () => seedProspects(tx)],
    ['Claire Dupont', () => seedDemoLearner(tx, agentId)],
    ['fraud case', () => seedFraudCase(tx)],
  ];
}

/**
 * Fills an empty database with demo data, in one transaction; leaves a database that has staff untouched.
 * Returns whether it seeded.
 */
export async function seedDemo(db: Database, passwordHash: string, options: SeedOptions = {}): Promise<boolean> {
  const learners = options.learners ?? defaultDemoLearners;
  if (!Number.isInteger(learners) || learners <= fraudCaseLearners) {
    throw new Error(`learners must be an integer above ${fraudCaseLearners}, not ${learners}`);
  }
  const detail = options.detail ?? (learners > fullDetailUpTo ? 'light' : 'full');
  // Claire Dupont and the fraud case's learners are the well-known ones.
  const size: PlanSize = { bulk: learners - 1 - fraudCaseLearners, employers: employerCount(learners) };
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const [existing] = await tx.select({ n: count() }).from(staffUsers);
    if (Number(existing?.n ?? 0) > 0) return false;
    // Sorts over every learner (homonyms, groups) and index builds in memory; JIT-compiling the large
    // generated expressions costs more than it saves.
    await tx.execute(sql`SET LOCAL work_mem = '256MB'`);
    await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
    await tx.execute(sql`SET LOCAL jit = off`);
    const agentId = await insertStaff(tx, passwordHash);
    const restore = await dropIndexesAndKeys(tx, bulkTables);
    await timed(loadSteps(tx, size, detail, agentId), options.onStep);
    await timed([
      ['indexes and keys', restore],
      // Fresh statistics, so that the first queries after a large seed are planned on real figures.
      ['analyze', () => tx.execute(sql.raw(`ANALYZE ${bulkTables.map(getTableName).join(', ')}`))],
    ], options.onStep);
    return true;
  });
}
