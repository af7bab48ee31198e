import { randomUUID } from 'node:crypto';
import { schema } from '@vigie/db';
import type { Harness } from './harness.ts';

export type EventRow = typeof schema.auditEvents.$inferInsert;

/** Audit rows written as they stand (time, actor, purpose...), for tests of what reads the log. */
export async function insertEvents(h: Harness, rows: EventRow[]) {
  if (rows.length === 0) return [];
  return h.owner.insert(schema.auditEvents).values(rows).returning();
}

/** An agent opening one learner's file (a new learner each time unless `extra` says otherwise), as the audit logs it. */
export const learnerRead = (actor: string, at: Date | string, extra: Partial<EventRow> = {}): EventRow => ({
  occurredAt: new Date(at),
  actorStaffId: actor,
  actorRole: 'agent',
  action: 'read',
  entity: 'learners',
  subjectIds: [`learner:${randomUUID()}`],
  purposeCode: 'learner_request',
  purposeRef: 'T-1',
  outcome: 'success',
  ...extra,
});
