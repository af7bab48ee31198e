import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { Transaction } from '../client.ts';
import { platformAccessLogs } from '../schema/access-logs.ts';
import { assessments } from '../schema/assessments.ts';
import { attendance } from '../schema/attendance.ts';
import { trainingContracts } from '../schema/contracts.ts';
import { groupMembers, trainingGroups } from '../schema/groups.ts';
import { interactions } from '../schema/interactions.ts';
import { learnerPhotos, learners } from '../schema/learners.ts';
import { avatarPngs } from './photos.ts';
import { into, literal, uuidOf, uuidOfKey } from './sql.ts';

/** The learner the browser journeys look for: one of a kind in every seeded database. */
export const demoLearner = {
  firstName: 'Claire',
  lastName: 'Dupont',
  email: 'claire.dupont@exemple.fr',
  phone: '06 12 34 56 78',
} as const;
export const demoLearnerEmail = demoLearner.email;

const learnerId = uuidOfKey('learner:claire');
const contractId = uuidOfKey('contract:claire');
/** The largest employer, so that she has colleagues in a closed group. */
const employerId = uuidOfKey('employer:0');
/** Her English course started on the Tuesday ten weeks ago: 40 hours, 90 minutes a week. */
const startDay = '(current_date - extract(isodow from current_date)::int + 2 - 70)';
const start = sql.raw(startDay);
const daysAgo = (days: number, time = '10:15') => sql.raw(`((current_date - ${days} + time '${time}') AT TIME ZONE 'Europe/Paris')`);
/** When her contract was signed, and she joined the most recent English group of her colleagues open then. */
const enrolledAt = daysAgo(80);

async function insertProfile(tx: Transaction): Promise<void> {
  await tx.insert(learners).values({
    id: learnerId,
    ...demoLearner,
    locality: 'Lyon',
    country: 'FR',
    presentation: 'Responsable export, je prépare des négociations avec nos clients britanniques.',
    employerId,
    profitCentre: 'Export',
    jobTitle: 'Responsable export',
    newsletterConsent: true,
    status: 'active',
    createdAt: daysAgo(90),
    updatedAt: daysAgo(21),
  });
  await tx.insert(learnerPhotos).values({ learnerId, mimeType: 'image/png', bytes: avatarPngs()[0] ?? Buffer.alloc(0) });
}

async function insertContract(tx: Transaction): Promise<void> {
  await tx.insert(trainingContracts).values({
    id: contractId,
    learnerId,
    funding: 'employer',
    employerId,
    course: 'Anglais professionnel',
    language: 'anglais',
    targetLevel: 'B2',
    hours: 40,
    startDate: sql`${start}`,
    endDate: sql`${start} + 7 * 26`,
    status: 'active',
    priceCents: 40 * 68 * 100,
    createdAt: enrolledAt,
  });
  await tx.insert(assessments).values([
    { id: uuidOfKey('assessment:claire:1'), learnerId, contractId, kind: 'level_test', cefrLevel: 'B1', score: 61.5,
      assessedOn: sql`${start} - 7`, notes: 'Test de positionnement en ligne' },
    { id: uuidOfKey('assessment:claire:2'), learnerId, contractId, kind: 'needs_analysis',
      assessedOn: sql`${start} - 5`, notes: 'Objectif : négocier en anglais avec des clients britanniques.' },
  ]);
}

/** Ten weekly sessions on Tuesdays at 12:30, one missed; an English group of colleagues; one call. */
async function insertActivity(tx: Transaction, agentId: string): Promise<void> {
  await tx.execute(sql.raw(`INSERT INTO ${into(attendance, ['id', 'contractId', 'learnerId', 'sessionAt', 'durationMinutes', 'present', 'signedAt'])}
    SELECT ${uuidOf(`'attendance:claire:' || s`)}, ${literal(contractId)}, ${literal(learnerId)}, at, 90, s <> 4,
      CASE WHEN s <> 4 THEN at + interval '95 minutes' END
    FROM generate_series(0, 9) AS s,
      LATERAL (SELECT ((${startDay} + 7 * s) + time '12:30') AT TIME ZONE 'Europe/Paris' AS at) t
    WHERE at < now()`));
  const [group] = await tx
    .select({ id: trainingGroups.id })
    .from(trainingGroups)
    .leftJoin(groupMembers, eq(groupMembers.groupId, trainingGroups.id))
    .where(and(eq(trainingGroups.employerId, employerId), eq(trainingGroups.language, 'anglais'), lte(trainingGroups.createdAt, enrolledAt)))
    .groupBy(trainingGroups.id, trainingGroups.createdAt)
    .having(sql`count(${groupMembers.learnerId}) < 8`)
    .orderBy(desc(trainingGroups.createdAt), trainingGroups.id)
    .limit(1);
  if (group) await tx.insert(groupMembers).values({ groupId: group.id, learnerId, joinedAt: enrolledAt });
  await tx.insert(interactions).values({
    id: uuidOfKey('interaction:claire'),
    learnerId,
    staffId: agentId,
    channel: 'phone',
    summary: 'Demande de changement de créneau pour la séance du mardi : passage à 12 h 30.',
    occurredAt: daysAgo(21),
  });
  await tx.insert(platformAccessLogs).values(
    [2, 6, 9, 13, 16, 20, 23, 27, 30, 34, 41, 48, 55, 62].map((days, i) => ({
      learnerId,
      occurredAt: daysAgo(days, i % 3 === 2 ? '21:40' : '12:20'),
      ip: i % 3 === 2 ? '203.0.113.57' : '198.51.100.23',
      browser: i % 3 === 2 ? 'Safari 18.1' : 'Chrome 131.0',
      os: i % 3 === 2 ? 'iOS 18.1' : 'Windows 11',
      screen: i % 3 === 2 ? '390x844' : '1920x1080',
      referrer: i === 0 ? 'https://mail.google.com/' : null,
    })),
  );
}

export async function seedDemoLearner(tx: Transaction, agentId: string): Promise<void> {
  await insertProfile(tx);
  await insertContract(tx);
  await insertActivity(tx, agentId);
}
