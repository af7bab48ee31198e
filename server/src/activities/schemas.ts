import { schema } from '@vigie/db';
import { z } from 'zod';
import {
  dataSubjectCategories,
  internalRecipients,
  legalBases,
  personalDataCategories,
  retentionEvents,
  retentionUnits,
} from '@vigie/domain/enums';
import { dataCategoryList, optionalText, requiredText, textList } from '../registers/inputs.ts';
import { sortOn } from '../resource-params.ts';
import { searchText } from '../resources/search.ts';

/** "6 months after collection": a period, its unit and the event it runs from, for one data category. */
export const retentionRule = z.object({
  category: z.enum(personalDataCategories, 'Catégorie de données inconnue.'),
  period: z.number().int().min(0).max(36_500),
  unit: z.enum(retentionUnits),
  startsAt: z.enum(retentionEvents),
  note: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(300).optional()),
  fields: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
  anonymised: z.boolean().optional(),
}) satisfies z.ZodType<schema.RetentionRule>;

export const activityRecord = z.object({
  id: z.uuid(),
  name: z.string(),
  purpose: z.string(),
  legalBasis: z.enum(legalBases),
  legitimateInterest: z.string().nullable(),
  subjectCategories: z.array(z.enum(dataSubjectCategories)),
  dataCategories: z.array(z.enum(personalDataCategories)),
  internalRecipients: z.array(z.enum(internalRecipients)),
  employerRecipient: z.boolean(),
  /** The processors among the recipients (the same links as a processor's activities). */
  processorIds: z.array(z.uuid()),
  retention: z.array(retentionRule),
  securityMeasures: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActivityRecord = z.infer<typeof activityRecord>;

export const activitySort = sortOn(['name', 'legalBasis', 'createdAt', 'updatedAt', 'id']);

export const activityFilter = z.object({
  q: searchText.optional(),
  legalBasis: z.enum(legalBases).optional(),
  /** The activities a processor serves. */
  processorId: z.uuid().optional(),
});

function retentionIssues(data: { dataCategories: string[]; retention: schema.RetentionRule[] }, context: z.RefinementCtx) {
  const seen = new Set<string>();
  data.retention.forEach((rule, index) => {
    const path = ['retention', index, 'category'];
    if (!data.dataCategories.includes(rule.category)) {
      context.addIssue({ code: 'custom', path, message: "Catégorie absente des données de l'activité." });
    } else if (seen.has(rule.category)) {
      context.addIssue({ code: 'custom', path, message: 'Une seule durée par catégorie.' });
    }
    seen.add(rule.category);
  });
  const missing = data.dataCategories.filter((category) => !seen.has(category));
  // The retention engine needs a rule for every category the activity holds.
  if (missing.length > 0) {
    context.addIssue({ code: 'custom', path: ['retention'], message: `Durée de conservation manquante : ${missing.join(', ')}.` });
  }
}

/** What the DPO enters; `create` and `update` both take the whole activity. */
export const activityData = z
  .object({
    name: requiredText(200),
    purpose: requiredText(2000),
    legalBasis: z.enum(legalBases),
    legitimateInterest: optionalText(1000),
    subjectCategories: z.array(z.enum(dataSubjectCategories)).min(1, 'Au moins une catégorie de personnes.'),
    dataCategories: dataCategoryList,
    internalRecipients: z.array(z.enum(internalRecipients)).default([]),
    employerRecipient: z.boolean().default(false),
    processorIds: z.array(z.uuid()).max(100).default([]),
    retention: z.array(retentionRule).max(personalDataCategories.length * 2),
    securityMeasures: textList,
  })
  .superRefine((data, context) => {
    if (data.legalBasis === 'legitimate_interest' && !data.legitimateInterest) {
      context.addIssue({ code: 'custom', path: ['legitimateInterest'], message: "Énoncez l'intérêt légitime poursuivi." });
    }
    retentionIssues(data, context);
  })
  // An interest stated under another basis would read as a second basis in the register.
  .transform((data) => (data.legalBasis === 'legitimate_interest' ? data : { ...data, legitimateInterest: null }));
export type ActivityData = z.infer<typeof activityData>;
