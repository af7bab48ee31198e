import { eq, getTableName, sql } from 'drizzle-orm';
import type { Transaction } from '../client.ts';
import { platformAccessLogs } from '../schema/access-logs.ts';
import { trainingContracts } from '../schema/contracts.ts';
import { learnerDecisions } from '../schema/learner-decisions.ts';
import { learners } from '../schema/learners.ts';
import { staffUsers } from '../schema/staff.ts';
import { chance, into, literal, pick, uuidOfKey } from './sql.ts';

/**
 * The fraud case the admin's journey investigates: two learners who signed in from one address that no
 * other demo learner uses (198.18.0.0/15 is reserved for benchmarks, outside the seed's networks).
 */
export const suspectLearner = { firstName: 'Julien', lastName: 'Marchal', email: 'julien.marchal@exemple.fr', phone: '06 45 78 12 90' } as const;
export const sharedIpLearner = { firstName: 'Inès', lastName: 'Roussel', email: 'ines.roussel@exemple.fr', phone: '06 33 21 87 54' } as const;
export const sharedIp = '198.18.0.7';
/** How many learners the case adds to the demo's count. */
export const fraudCaseLearners = 2;

const suspectId = uuidOfKey('learner:suspect');
const otherId = uuidOfKey('learner:shared-ip');
const daysAgo = (days: number, time: string) => sql.raw(`((current_date - ${days} + time '${time}') AT TIME ZONE 'Europe/Paris')`);

async function insertCase(tx: Transaction): Promise<void> {
  await tx.insert(learners).values([
    { id: suspectId, ...suspectLearner, locality: 'Lille', createdAt: daysAgo(120, '09:00') },
    { id: otherId, ...sharedIpLearner, locality: 'Roubaix', createdAt: daysAgo(100, '09:00') },
  ]);
  // Each paid for their own course on the platform (no employer is told of the case).
  await tx.insert(trainingContracts).values(
    [suspectId, otherId].map((learnerId, i) => ({
      id: uuidOfKey(`contract:fraud:${i}`),
      learnerId,
      funding: 'individual' as const,
      course: 'Espagnol en ligne',
      language: 'espagnol',
      targetLevel: 'B1' as const,
      hours: 30,
      startDate: sql`current_date - 90`,
      endDate: sql`current_date + 90`,
      status: 'active' as const,
      priceCents: 30 * 55 * 100,
      createdAt: daysAgo(95, '09:00'),
    })),
  );
  const signIn = (learnerId: string, days: number, time: string, ip: string, browser: string, os: string) => ({
    learnerId, occurredAt: daysAgo(days, time), ip, browser, os, screen: '1920x1080', referrer: null,
  });
  await tx.insert(platformAccessLogs).values([
    signIn(suspectId, 60, '09:10', '198.18.0.20', 'Firefox 133.0', 'Ubuntu 24.04'),
    signIn(suspectId, 30, '09:12', '198.18.0.20', 'Firefox 133.0', 'Ubuntu 24.04'),
    signIn(suspectId, 5, '02:47', sharedIp, 'Chrome 131.0', 'Windows 11'),
    signIn(suspectId, 3, '03:05', sharedIp, 'Chrome 131.0', 'Windows 11'),
    signIn(otherId, 4, '02:58', sharedIp, 'Chrome 131.0', 'Windows 11'),
    signIn(otherId, 20, '18:30', '198.18.0.31', 'Safari 18.1', 'macOS 15.1'),
  ]);
}

const blockReasons = [
  'Connexions simultanées depuis plusieurs pays : suspicion de partage de compte.',
  'Signalement de l’employeur : accès à la plate-forme après la fin du contrat.',
  'Tentatives répétées de téléchargement massif des supports de cours.',
];

/** Each learner the seed marked blocked has the decision that blocked them, by the demo admin. */
async function insertBlocks(tx: Transaction): Promise<void> {
  const [admin] = await tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.role, 'admin')).limit(1);
  if (!admin) return;
  const key = `('x' || substr(md5(l.id::text), 1, 8))::bit(32)::int`;
  await tx.execute(sql.raw(`INSERT INTO ${into(learnerDecisions, ['learnerId', 'kind', 'reason', 'reviewOn', 'priorStatus', 'staffId', 'decidedAt'])}
    SELECT l.id, 'block', ${pick(blockReasons, chance(key, 'block-reason'))},
      current_date + (floor(${chance(key, 'block-review')} * 90)::int - 30), 'active', ${literal(admin.id)},
      now() - (interval '1 day' * (35 + floor(${chance(key, 'block-when')} * 60)))
    FROM ${getTableName(learners)} l WHERE l.status = 'blocked'`));
}

export async function seedFraudCase(tx: Transaction): Promise<void> {
  await insertCase(tx);
  await insertBlocks(tx);
}
