import { randomUUID } from 'node:crypto';
import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { images } from './images.ts';
import { insertAssessment, insertAttendance, insertContract, insertEmployer, insertLearner } from './records.ts';

/** Strings no other row holds, so that a scan of the whole database finds exactly where they are. */
export function uniqueStrings() {
  const tag = randomUUID().slice(0, 8);
  return {
    lastName: `Quillebeuf${tag}`,
    firstName: `Zéphyrine${tag}`,
    email: `zephyrine.${tag}@exemple.test`,
    phone: `06 ${tag.slice(0, 2)} 98 76 54`,
    presentation: `Passionnée de voile ${tag}, je prépare un séjour à Édimbourg.`,
  };
}
export type LearnerStrings = ReturnType<typeof uniqueStrings>;

/**
 * A learner with a row in every table that holds learners' data: profile and photo, a closed group, a
 * contract that ended on `contractEnd` with its attendance and assessments, a call, sign-ins and an
 * authority's request; staff wrote the learner's name and phone into free text, as they do.
 */
export async function insertLearnerFile(
  db: Database,
  s: LearnerStrings,
  staff: { agentId: string; dpoId: string },
  contractEnd: string | null = '2025-12-31',
) {
  const employer = await insertEmployer(db);
  const learner = await insertLearner(db, {
    ...s,
    locality: 'Lorient',
    employerId: employer.id,
    jobTitle: 'Acheteuse',
    profitCentre: 'Achats',
    newsletterConsent: true,
    createdAt: new Date('2025-06-01T08:00:00Z'),
  });
  await db.insert(schema.learnerPhotos).values({ learnerId: learner.id, mimeType: 'image/png', bytes: images.png() });
  const [group] = await db
    .insert(schema.trainingGroups)
    .values({ employerId: employer.id, name: 'Anglais B1 mardi', language: 'anglais' })
    .returning();
  await db.insert(schema.groupMembers).values({ groupId: group?.id ?? '', learnerId: learner.id });
  if (contractEnd) {
    const contract = await insertContract(db, { learnerId: learner.id, startDate: '2025-07-01', endDate: contractEnd, status: 'completed' });
    await insertAttendance(db, { contractId: contract.id, learnerId: learner.id, signedAt: new Date('2025-07-02T10:40:00Z') });
    await insertAssessment(db, { learnerId: learner.id, contractId: contract.id, notes: `Entretien avec ${s.firstName} ${s.lastName}` });
  }
  await db.insert(schema.interactions).values({
    learnerId: learner.id,
    staffId: staff.agentId,
    channel: 'phone',
    summary: `${s.firstName} ${s.lastName} rappelle au ${s.phone} : ${s.email}`,
  });
  await db.insert(schema.platformAccessLogs).values({
    learnerId: learner.id,
    occurredAt: new Date('2026-01-20T12:00:00Z'),
    ip: '198.51.100.77',
    browser: 'Firefox 134',
    os: 'Linux',
  });
  await db.insert(schema.disclosures).values({
    authority: 'Gendarmerie de Lorient',
    reference: `PV ${randomUUID().slice(0, 6)}`,
    legalBasis: 'Réquisition, art. 77-1-1 du code de procédure pénale',
    receivedOn: '2026-01-05',
    learnerIds: [learner.id],
    dataCategories: ['identity'],
    decision: 'disclosed',
    decidedBy: staff.dpoId,
  });
  return learner;
}
