import { z } from 'zod';
import { learnerDecisionKinds, learnerStatuses } from '@vigie/domain/enums';
import { isSentence, MAX_REASON_LENGTH, REASON_MESSAGE } from '@vigie/domain/reasons';
import { sortOn } from '../resource-params.ts';

/** One decision of the history, with its author's name. */
export const decisionRecord = z.object({
  id: z.number().int(),
  learnerId: z.uuid(),
  kind: z.enum(learnerDecisionKinds),
  reason: z.string(),
  reviewOn: z.iso.date().nullable(),
  priorStatus: z.enum(learnerStatuses).nullable(),
  staffId: z.uuid(),
  authorName: z.string().nullable(),
  decidedAt: z.string(),
});
export type DecisionRecord = z.infer<typeof decisionRecord>;

export const decisionSort = sortOn(['decidedAt', 'reviewOn', 'id']);

export const decisionFilter = z.object({
  learnerId: z.uuid().optional(),
  kind: z.enum(learnerDecisionKinds).optional(),
  /** `true`: only the block in force of each blocked learner. */
  current: z.boolean().optional(),
  /** `true`: blocks in force whose review date has passed (the admin's dashboard). */
  reviewDue: z.boolean().optional(),
});

/** A reason: a sentence (`@vigie/domain/reasons`), the same rule the screens check. */
export const reason = z
  .string('Obligatoire.')
  .trim()
  .max(MAX_REASON_LENGTH, `${MAX_REASON_LENGTH} caractères au plus.`)
  .refine(isSentence, REASON_MESSAGE);

export const blockInput = z.object({
  id: z.uuid(),
  reason,
  reviewOn: z.iso.date('Date attendue au format AAAA-MM-JJ.'),
});

export const unblockInput = z.object({ id: z.uuid(), reason });
