import { anomalyRules } from '@vigie/domain/enums';
import { z } from 'zod';
import { sortOn } from '../resource-params.ts';

export const flagRecord = z.object({
  id: z.number().int(),
  rule: z.enum(anomalyRules),
  eventId: z.number().int(),
  occurredAt: z.string(),
  actorStaffId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  /** What the rule counted by: the staff member, or the account or IP of failed sign-ins. */
  key: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  action: z.string(),
  entity: z.string().nullable(),
  purposeCode: z.string().nullable(),
  purposeRef: z.string().nullable(),
  status: z.enum(['pending', 'reviewed']),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewerName: z.string().nullable(),
  /** For a read of a blocked or restricted learner: who opened whose file, in French (anomalies/names.ts). */
  summary: z.string().nullable(),
});
export type FlagRecord = z.infer<typeof flagRecord>;

export const flagStatuses = ['pending', 'reviewed'] as const;
export const flagFilter = z.object({
  rule: z.enum(anomalyRules).optional(),
  status: z.enum(flagStatuses).optional(),
  actorStaffId: z.uuid().optional(),
});
export const flagSort = sortOn(['occurredAt', 'id']);

export const reviewInput = z.object({
  id: z.number().int().positive(),
  note: z.string().trim().min(3, 'Une note de 3 caractères au moins').max(2_000),
});

