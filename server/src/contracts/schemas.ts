import { z } from 'zod';
import { cefrLevels, contractStatuses, fundings } from '@vigie/domain/enums';
import { sortOn } from '../resource-params.ts';

export const contractRecord = z.object({
  id: z.uuid(),
  learnerId: z.uuid(),
  funding: z.enum(fundings),
  /** Set for employer-funded contracts only: the employer that pays and may receive the report. */
  employerId: z.uuid().nullable(),
  course: z.string(),
  language: z.string(),
  targetLevel: z.enum(cefrLevels),
  hours: z.number(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  status: z.enum(contractStatuses),
  priceCents: z.number().int(),
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
