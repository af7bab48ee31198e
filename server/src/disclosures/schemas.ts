import { z } from 'zod';
import { disclosureDecisions, personalDataCategories } from '@vigie/domain/enums';
import { dataCategoryList, day, notBefore, optionalDay, optionalText, requiredText } from '../registers/inputs.ts';
import { sortOn } from '../resource-params.ts';
import { searchText } from '../resources/search.ts';

export const disclosureRecord = z.object({
  id: z.uuid(),
  authority: z.string(),
  reference: z.string(),
  legalBasis: z.string(),
  receivedOn: z.string(),
  learnerIds: z.array(z.uuid()),
  dataCategories: z.array(z.enum(personalDataCategories)),
  decision: z.enum(disclosureDecisions),
  /** The DPO who decided (a staff account). */
  decidedBy: z.uuid(),
  disclosedOn: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const disclosureSort = sortOn(['receivedOn', 'authority', 'decision', 'createdAt', 'id']);

export const disclosureFilter = z.object({
  q: searchText.optional(),
  decision: z.enum(disclosureDecisions).optional(),
});

export const disclosureData = z
  .object({
    authority: requiredText(200),
    reference: requiredText(200),
    legalBasis: requiredText(500),
    receivedOn: day,
    learnerIds: z.array(z.uuid()).min(1, 'Au moins un stagiaire concerné.').max(500).transform((ids) => [...new Set(ids)]),
    dataCategories: dataCategoryList,
    decision: z.enum(disclosureDecisions),
    disclosedOn: optionalDay,
    notes: optionalText(2000),
  })
  .superRefine((data, context) => {
    notBefore(context, data.receivedOn, data.disclosedOn, 'disclosedOn', 'La communication ne peut précéder la réception de la demande.');
    if (data.decision === 'refused' && data.disclosedOn) {
      context.addIssue({ code: 'custom', path: ['disclosedOn'], message: 'Une demande refusée ne donne lieu à aucune communication.' });
    }
  });
export type DisclosureData = z.infer<typeof disclosureData>;
