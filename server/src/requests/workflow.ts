import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { columnsNamed, type Disclosed, written } from '../audit/revealed.ts';
import { requestReader } from './resource.ts';
import type { RequestRecord } from './schemas.ts';
import { appendEvent, type NewRequestEvent } from './timeline.ts';
import { openRequestStatuses } from '@vigie/domain/enums';

const { subjectRequests: requests } = schema;

type Status = RequestRecord['status'];
type RequestType = RequestRecord['types'][number];

/** Who acts, and when (the service clock; `today` as Paris counts it). */
export interface Actor {
  staffId: string;
  now: Date;
  today: string;
}

const isOpen = (status: Status) => (openRequestStatuses as readonly Status[]).includes(status);

/** The request, locked until the transaction ends, so two steps on it run one after the other. */
export async function lockRequest(db: Database, id: string): Promise<RequestRecord> {
  await db.select({ id: requests.id }).from(requests).where(eq(requests.id, id)).for('update');
  return requestReader.record(db, id);
}

export function requireOpen(request: RequestRecord) {
  if (!isOpen(request.status)) {
    throw new TRPCError({ code: 'CONFLICT', message: 'Demande close : elle ne peut plus être modifiée.' });
  }
}

/**
 * Before anything is disclosed or changed, the requester's identity must have been checked: the steps
 * that act on a learner's data (access package, rectification, restriction, objection, erasure, answer).
 */
export function requireExecutable(request: RequestRecord, type?: RequestType): asserts request is RequestRecord & {
  learnerId: string;
} {
  requireOpen(request);
  if (!request.identityCheckedAt) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: "Identité du demandeur non vérifiée : vérifiez-la avant d'exécuter la demande.",
    });
  }
  if (type && !request.types.includes(type)) {
    throw new TRPCError({ code: 'CONFLICT', message: `La demande ne porte pas sur ce droit (${type}).` });
  }
  if (type && !request.learnerId) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: "Aucun apprenant rattaché à la demande : rattachez-le d'abord.",
    });
  }
}

export interface Step {
  kind: NewRequestEvent['kind'];
  /** The status after the step; unchanged when absent. */
  status?: Status;
  patch?: Partial<typeof requests.$inferInsert>;
  note?: string | null | undefined;
  details?: Record<string, unknown>;
}

export type RequestAnswer = Disclosed<{ data: RequestRecord }>;

/**
 * Applies one step to a locked request: its changes, its status, and its line on the timeline. The
 * answer is the request as it stands after, its audit naming the declared columns the step set.
 */
export async function applyStep(db: Database, staffId: string, request: RequestRecord, step: Step): Promise<RequestAnswer> {
  const status = step.status ?? request.status;
  await db
    .update(requests)
    .set({ ...step.patch, status, updatedAt: sql`now()` })
    .where(eq(requests.id, request.id));
  const read = await requestReader.one(db, request.id);
  const after = read.data.data;
  await appendEvent(db, {
    requestId: request.id,
    learnerId: after.learnerId,
    staffId,
    kind: step.kind,
    statusFrom: status === request.status ? null : request.status,
    statusTo: status === request.status ? null : status,
    note: step.note ?? null,
    details: step.details ?? null,
  });
  return { data: read.data, audit: written(read.audit, requests, columnsNamed(requests, Object.keys(step.patch ?? {}))) };
}
