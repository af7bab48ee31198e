import type { Database } from '@vigie/db';
import type { z } from 'zod';
import { extendedDueDateOf, extensionRefusal } from '@vigie/domain/request-deadline';
import { badField } from '../errors.ts';
import type {
  addNoteInput,
  awaitIdentityInput,
  closeInput,
  extendInput,
  rejectInput,
  verifyIdentityInput,
} from './schemas.ts';
import { type Actor, applyStep, lockRequest, requireExecutable, requireOpen } from './workflow.ts';

/** The requester was asked to prove who they are. */
export async function awaitIdentity(db: Database, actor: Actor, input: z.infer<typeof awaitIdentityInput>) {
  const request = await lockRequest(db, input.id);
  requireOpen(request);
  const status = request.status === 'received' ? 'awaiting_identity' : request.status;
  return applyStep(db, actor.staffId, request, { kind: 'awaiting_identity', status, note: input.note });
}

/** The identity check: how, by whom, when. The request can then be executed. */
export async function verifyIdentity(db: Database, actor: Actor, input: z.infer<typeof verifyIdentityInput>) {
  const request = await lockRequest(db, input.id);
  requireOpen(request);
  if (request.identityCheckedAt) throw badField('id', "L'identité du demandeur a déjà été vérifiée.");
  return applyStep(db, actor.staffId, request, {
    kind: 'identity_verified',
    status: request.status === 'extended' ? 'extended' : 'in_progress',
    patch: { identityMethod: input.method, identityCheckedBy: actor.staffId, identityCheckedAt: actor.now },
    note: input.note,
    details: { method: input.method },
  });
}

/** Art. 12(3): two further months, once, decided before the first deadline, the requester told why. */
export async function extend(db: Database, actor: Actor, input: z.infer<typeof extendInput>) {
  const request = await lockRequest(db, input.id);
  requireOpen(request);
  const refusal = extensionRefusal({ ...request, today: actor.today, toldOn: input.toldOn });
  if (refusal) throw badField(refusal.field, refusal.message);
  const dueAt = extendedDueDateOf(request.dueAt);
  return applyStep(db, actor.staffId, request, {
    kind: 'extended',
    status: 'extended',
    patch: { dueAt, originalDueAt: request.dueAt, extensionReason: input.reason, extensionToldOn: input.toldOn },
    note: input.reason,
    details: { originalDueAt: request.dueAt, dueAt, toldOn: input.toldOn },
  });
}

/** Art. 12(5) and 12(6): the request is refused on one of the grounds the regulation allows. */
export async function reject(db: Database, actor: Actor, input: z.infer<typeof rejectInput>) {
  const request = await lockRequest(db, input.id);
  requireOpen(request);
  return applyStep(db, actor.staffId, request, {
    kind: 'rejected',
    status: 'rejected',
    patch: { rejectionGround: input.ground, closedAt: actor.now },
    note: input.note,
    details: { ground: input.ground },
  });
}

/** The answer was given: only for a verified request. */
export async function complete(db: Database, actor: Actor, input: z.infer<typeof closeInput>) {
  const request = await lockRequest(db, input.id);
  requireExecutable(request);
  return applyStep(db, actor.staffId, request, {
    kind: 'completed',
    status: 'completed',
    patch: { closedAt: actor.now },
    note: input.note,
  });
}

/** A note, or a document received or sent; allowed on a closed request too (a late reply, a complaint). */
export async function addNote(db: Database, actor: Actor, input: z.infer<typeof addNoteInput>) {
  const request = await lockRequest(db, input.id);
  return applyStep(db, actor.staffId, request, {
    kind: input.document ? 'document' : 'note',
    note: input.note,
    ...(input.document ? { details: { document: input.document } } : {}),
  });
}
