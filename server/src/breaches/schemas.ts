import { z } from 'zod';
import { personalDataCategories } from '@vigie/domain/enums';
import { dataCategoryList, instantInput, notBefore, optionalInstant, optionalText, requiredText } from '../registers/inputs.ts';
import { sortOn } from '../resource-params.ts';
import { searchText } from '../resources/search.ts';

export const breachRecord = z.object({
  id: z.uuid(),
  detectedAt: z.string(),
  description: z.string(),
  dataCategories: z.array(z.enum(personalDataCategories)),
  approximatePeople: z.number().int(),
  consequences: z.string(),
  measures: z.string(),
  cnilNotifiedAt: z.string().nullable(),
  /** 72 hours after detection. */
  notificationDeadline: z.string(),
  peopleInformedAt: z.string().nullable(),
  peopleNotInformedReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const breachSort = sortOn(['detectedAt', 'approximatePeople', 'cnilNotifiedAt', 'createdAt', 'id']);

export const breachFilter = z.object({
  q: searchText.optional(),
  /** `false`: the breaches the CNIL has not been told about yet. */
  notified: z.boolean().optional(),
});

export const breachData = z
  .object({
    detectedAt: instantInput,
    description: requiredText(4000),
    dataCategories: dataCategoryList,
    approximatePeople: z.number().int().min(0).max(100_000_000),
    consequences: requiredText(4000),
    measures: requiredText(4000),
    cnilNotifiedAt: optionalInstant,
    peopleInformedAt: optionalInstant,
    peopleNotInformedReason: optionalText(2000),
  })
  .superRefine((data, context) => {
    const before = 'Ne peut précéder la détection.';
    notBefore(context, data.detectedAt, data.cnilNotifiedAt, 'cnilNotifiedAt', before);
    notBefore(context, data.detectedAt, data.peopleInformedAt, 'peopleInformedAt', before);
    if (data.peopleInformedAt && data.peopleNotInformedReason) {
      context.addIssue({ code: 'custom', path: ['peopleNotInformedReason'], message: 'Les personnes ont été informées.' });
    }
  });
export type BreachData = z.infer<typeof breachData>;
