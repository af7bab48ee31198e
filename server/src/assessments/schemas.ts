import { z } from 'zod';
import { revealable } from '../audit/withholding.ts';
import { assessmentKinds, cefrLevels } from '@vigie/domain/enums';
import { sortOn } from '../resource-params.ts';

/** Level tests, needs analyses, learning profiles, progress evaluations and surveys. */
export const assessmentRecord = z.object({
  id: z.uuid(),
  learnerId: z.uuid(),
  contractId: z.uuid().nullable(),
  kind: revealable(z.enum(assessmentKinds)),
  cefrLevel: revealable(z.enum(cefrLevels).nullable()),
  score: revealable(z.number().nullable()),
  assessedOn: revealable(z.iso.date()),
  notes: revealable(z.string().nullable()),
});

export const assessmentSort = sortOn(['assessedOn', 'kind', 'cefrLevel', 'score', 'id']);

export const assessmentFilter = z.object({
  learnerId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  kind: z.enum(assessmentKinds).optional(),
  cefrLevel: z.enum(cefrLevels).optional(),
});
