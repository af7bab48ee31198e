import { z } from 'zod';
import { revealable } from '../audit/withholding.ts';
import { cefrLevels, contractStatuses, fundings } from '@vigie/domain/enums';
import { sortOn } from '../resource-params.ts';

export const contractRecord = z.object({
  id: z.uuid(),
  learnerId: z.uuid(),
  funding: revealable(z.enum(fundings)),
  /** Set for employer-funded contracts only: the employer that pays and may receive the report. */
  employerId: revealable(z.uuid().nullable()),
  course: revealable(z.string()),
  language: revealable(z.string()),
  targetLevel: revealable(z.enum(cefrLevels)),
  hours: revealable(z.number()),
  startDate: revealable(z.iso.date()),
  endDate: revealable(z.iso.date()),
  status: revealable(z.enum(contractStatuses)),
  priceCents: revealable(z.number().int()),
  createdAt: z.string(),
});

export const contractSort = sortOn([
  'startDate',
  'endDate',
  'status',
  'funding',
  'course',
  'language',
  'targetLevel',
  'createdAt',
  'id',
]);

export const contractFilter = z.object({
  learnerId: z.uuid().optional(),
  employerId: z.uuid().optional(),
  funding: z.enum(fundings).optional(),
  status: z.enum(contractStatuses).optional(),
  language: z.string().trim().max(40).optional(),
  targetLevel: z.enum(cefrLevels).optional(),
});
