import type { Database, PersonalDataCategory } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, arrayContains, asc, isNotNull } from 'drizzle-orm';
import { controller } from '../../activities/controller.ts';
import { activityReader } from '../../activities/resource.ts';
import { learnerSubject } from '../../audit/schemas.ts';
import { processorSummaryReader } from '../../processors/resource.ts';
import type { RequestRecord } from '../schemas.ts';
import { answerLetterHtml, type LetterFacts } from './letter.ts';
import { type AnswerPackageParts, buildAnswerPackage } from './package.ts';
import { collectLearnerData, type SubjectTable } from './subject-data.ts';

const { auditEvents: e } = schema;
const everything = { pagination: { page: 1, perPage: 500 }, filter: {} } as const;
const CHANGES = ['create', 'update', 'delete'];

/** Every staff access to the learner's data, oldest first: the summary's rows (ids only, no values). */
async function accessesOf(db: Database, learnerId: string) {
  const rows = await db
    .select({ occurredAt: e.occurredAt, role: e.actorRole, action: e.action, entity: e.entity, fields: e.fields, purpose: e.purposeCode })
    .from(e)
    .where(and(arrayContains(e.subjectIds, [learnerSubject(learnerId)]), isNotNull(e.actorRole)))
    .orderBy(asc(e.id));
  return rows.map((r) => ({
    ...r,
    occurredAt: r.occurredAt.toISOString(),
    role: r.role ?? '',
    entity: r.entity ?? '',
    purpose: r.purpose ?? '',
  }));
}

function byRole(accesses: AnswerPackageParts['accesses']): LetterFacts['accessesByRole'] {
  const roles = new Map<string, LetterFacts['accessesByRole'][number]>();
  for (const a of accesses) {
    const row = roles.get(a.role) ?? { role: a.role, reads: 0, changes: 0, first: a.occurredAt, last: a.occurredAt };
    if (CHANGES.includes(a.action)) row.changes += 1;
    else row.reads += 1;
    row.last = a.occurredAt;
    roles.set(a.role, row);
  }
  return [...roles.values()];
}

const categoriesHeld = (tables: SubjectTable[]) => {
  const held = new Set<PersonalDataCategory>();
  for (const t of tables) if (t.records.length > 0) for (const c of Object.values(t.categories)) if (c) held.add(c);
  return [...held];
};

function disclosuresIn(tables: SubjectTable[]): LetterFacts['disclosures'] {
  const records = tables.find((t) => t.entity === 'disclosures')?.records ?? [];
  return records.map(({ values }) => values as unknown as LetterFacts['disclosures'][number]);
}

/**
 * The answer to an access or portability request, from what the database holds now: the learner's
 * data, the registers (activities about learners, active processors without their contact persons),
 * the authority requests naming them and the staff accesses from the audit log.
 */
export async function assembleAnswer(db: Database, request: RequestRecord & { learnerId: string }, now: Date) {
  const [tables, activities, processors, accesses] = await Promise.all([
    collectLearnerData(db, request.learnerId),
    activityReader.list(db, { ...everything, sort: { field: 'name', order: 'ASC' } }),
    processorSummaryReader.list(db, { ...everything, sort: { field: 'name', order: 'ASC' }, filter: { status: 'active' } }),
    accessesOf(db, request.learnerId),
  ]);
  const letterHtml = answerLetterHtml({
    controller,
    generatedAt: now,
    requesterName: request.requesterName,
    receivedAt: request.receivedAt,
    categoriesHeld: categoriesHeld(tables),
    activities: activities.data.data.filter((a) => a.subjectCategories.includes('learner')),
    processors: processors.data.data,
    disclosures: disclosuresIn(tables),
    accessesByRole: byRole(accesses),
  });
  return buildAnswerPackage({ generatedAt: now, learnerId: request.learnerId, tables, letterHtml, accesses });
}
