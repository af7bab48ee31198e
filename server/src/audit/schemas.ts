import { schema } from '@vigie/db';
import { staffRoles } from '@vigie/domain/roles';
import { z } from 'zod';
import { pagination, sortOn } from '../resource-params.ts';
import { auditActions } from './events.ts';
import { periodBound } from './period.ts';

/** react-admin's filter form may send an emptied box as '': no filter, like an absent key. */
const optional = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === '' ? undefined : v), type.optional());

export const journalFilter = z.object({
  actorStaffId: optional(z.uuid()),
  actorRole: optional(z.enum(staffRoles)),
  action: optional(z.enum(auditActions)),
  entity: optional(z.string().trim().max(60)),
  /** Picked by name in the console: that look-up is itself an audited read of `learners`. */
  learnerId: optional(z.uuid()),
  purposeCode: optional(z.string().trim().max(60)),
  purposeRef: optional(z.string().trim().max(100)),
  outcome: optional(z.enum(schema.auditOutcomes)),
  from: optional(periodBound),
  until: optional(periodBound),
});
export type JournalFilter = z.infer<typeof journalFilter>;

export const journalRecord = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorStaffId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  procedure: z.string().nullable(),
  entity: z.string().nullable(),
  entityIds: z.array(z.string()),
  subjectIds: z.array(z.string()),
  fields: z.array(z.string()),
  purposeCode: z.string().nullable(),
  purposeRef: z.string().nullable(),
  outcome: z.enum(schema.auditOutcomes),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type JournalRecord = z.infer<typeof journalRecord>;

/** Newest first by default; `id` is the order an extract walks the log in. */
export const journalSort = sortOn(['occurredAt', 'id']);
export const journalListInput = z.object({
  pagination,
  sort: journalSort.optional(),
  filter: journalFilter.optional(),
});
export const journalReferenceInput = journalListInput.extend({
  target: z.enum(['learnerId', 'actorStaffId']),
  id: z.uuid(),
});

export const learnerSubject = (learnerId: string) => `learner:${learnerId}`;
