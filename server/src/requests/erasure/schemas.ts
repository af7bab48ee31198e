import { z } from 'zod';
import { personalDataCategories } from '@vigie/domain/enums';

const ground = { ground: z.string().optional(), until: z.iso.date().optional() };

/** One table's share of one category, and what the erasure does to it. */
export const erasureItem = z.object({
  entity: z.string(),
  records: z.number().int(),
  fields: z.array(z.string()),
  action: z.enum(['erase', 'keep']),
  ...ground,
});
export type ErasureItem = z.infer<typeof erasureItem>;

/** A category's decision (plan.ts) and its items; `activity` is the register's, or `legal_hold`. */
export const categoryOutcome = z.object({
  category: z.enum(personalDataCategories),
  action: z.enum(['erase', 'keep']),
  ...ground,
  activity: z.string().optional(),
  items: z.array(erasureItem),
});
export type CategoryOutcome = z.infer<typeof categoryOutcome>;

/** What an erasure does, as the preview shows it, the execution follows and the written answer tells. */
export const erasureOutcome = z.object({
  learnerId: z.uuid(),
  today: z.iso.date(),
  hold: z.object({ reason: z.string(), until: z.iso.date() }).nullable(),
  categories: z.array(categoryOutcome),
  /** The request file and the authority requests that name the learner: the proof of what was done. */
  proof: z.object({ ground: z.string(), until: z.iso.date(), items: z.array(erasureItem) }),
});
export type ErasureOutcome = z.infer<typeof erasureOutcome>;

/** The preview of a request's erasure (`requests.previewErasure`). */
export const erasurePreviewRecord = erasureOutcome.extend({ id: z.uuid() });

/** An executed erasure, as its audit row sees it: `id` is the learner's, whose fields it erased. */
export const erasureResult = z.object({ id: z.uuid(), requestId: z.uuid(), outcome: erasureOutcome });

/** The written answer of an executed erasure (`requests.erasureAnswer`), the page ready to print. */
export const erasureAnswerRecord = z.object({
  id: z.uuid(),
  learnerId: z.uuid(),
  executedAt: z.string(),
  outcome: erasureOutcome,
  html: z.string(),
});
export type ErasureAnswerRecord = z.infer<typeof erasureAnswerRecord>;
