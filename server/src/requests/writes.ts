import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { rolesFor } from '@vigie/domain/access';
import { dueDateOf } from '@vigie/domain/request-deadline';
import { badField } from '../errors.ts';
import { auditSelection, columnsNamed, written } from '../audit/revealed.ts';
import { changesOf } from '../resources/inputs.ts';
import { requestReader } from './resource.ts';
import type { RequestCreateData, RequestUpdateData } from './schemas.ts';
import { appendEvent } from './timeline.ts';
import { type Actor, applyStep, lockRequest, requireOpen, type Step } from './workflow.ts';

const { learners, staffUsers, subjectRequests: requests } = schema;

/** Who may be put in charge of a request: active staff whose role works on requests. */
const handlers = () => and(eq(staffUsers.disabled, false), inArray(staffUsers.role, [...rolesFor('requests', 'edit')]));

const assigneeFields = { id: staffUsers.id, displayName: staffUsers.displayName, role: staffUsers.role };
const assigneeRead = auditSelection(staffUsers, assigneeFields);

export async function assignees(db: Database) {
  const rows = await db.select(assigneeFields).from(staffUsers).where(handlers()).orderBy(asc(staffUsers.displayName));
  return { data: { data: rows }, audit: assigneeRead.reveal(rows) };
}

async function requireLearner(db: Database, id: string | null | undefined) {
  if (!id) return;
  const [learner] = await db.select({ status: learners.status }).from(learners).where(eq(learners.id, id));
  if (!learner) throw badField('data.learnerId', 'Apprenant introuvable.');
}

async function requireAssignee(db: Database, id: string | null | undefined) {
  if (!id) return;
  const [member] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(and(eq(staffUsers.id, id), handlers()));
  if (!member) throw badField('data.assigneeId', 'Responsable inconnu ou sans accès aux demandes.');
}

/** Records a request as received: its legal due date is set here, from the day of receipt. */
export async function openRequest(db: Database, staffId: string, today: string, data: RequestCreateData) {
  if (data.receivedAt > today) throw badField('data.receivedAt', 'La date de réception ne peut pas être dans le futur.');
  await requireLearner(db, data.learnerId);
  await requireAssignee(db, data.assigneeId);
  const [row] = await db
    .insert(requests)
    .values({ ...data, dueAt: dueDateOf(data.receivedAt), status: 'received', createdBy: staffId })
    .returning({ id: requests.id });
  if (!row) throw new Error('request not inserted');
  await appendEvent(db, {
    requestId: row.id,
    learnerId: data.learnerId ?? null,
    staffId,
    kind: 'received',
    statusTo: 'received',
    details: { types: data.types, channel: data.channel, receivedAt: data.receivedAt },
  });
  const read = await requestReader.one(db, row.id);
  return { data: read.data, audit: written(read.audit, requests, columnsNamed(requests, Object.keys(data))) };
}

/** Assignment, the learner match and corrections of what was received, each a line on the timeline. */
export async function updateRequest(db: Database, actor: Actor, id: string, data: RequestUpdateData) {
  const { staffId } = actor;
  const before = await lockRequest(db, id);
  requireOpen(before);
  const { changed, patch } = changesOf(data, before);
  if (changed.includes('learnerId') && before.identityCheckedAt) {
    const message = "L'identité a été vérifiée pour cet apprenant : le rattachement ne peut plus changer.";
    throw new TRPCError({ code: 'CONFLICT', message });
  }
  await requireLearner(db, patch.learnerId);
  await requireAssignee(db, patch.assigneeId);
  const { assigneeId, learnerId, ...corrections } = patch;
  const corrected = Object.keys(corrections);
  const steps: Step[] = [
    ...(assigneeId !== undefined ? [{ kind: 'assigned' as const, patch: { assigneeId }, details: { assigneeId } }] : []),
    ...(learnerId !== undefined ? [{ kind: 'learner_matched' as const, patch: { learnerId }, details: { learnerId } }] : []),
    ...(corrected.length > 0 ? [{ kind: 'note' as const, patch: corrections, details: { corrected } }] : []),
  ];
  let answer = await requestReader.one(db, id);
  for (const step of steps) answer = await applyStep(db, staffId, answer.data.data, step);
  return { data: answer.data, audit: written(answer.audit, requests, columnsNamed(requests, changed)) };
}
