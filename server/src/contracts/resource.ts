import { schema } from '@vigie/db';
import { z } from 'zod';
import { cefrLevels, contractStatuses, fundings } from '@vigie/domain/enums';
import { sortOn } from '../resource-params.ts';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';

const { trainingContracts: contracts } = schema;

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

const filter: FilterSql<z.infer<typeof contractFilter>> = {
  learnerId: equalTo(contracts.learnerId),
  employerId: equalTo(contracts.employerId),
  funding: equalTo(contracts.funding),
  status: equalTo(contracts.status),
  language: equalTo(contracts.language),
  targetLevel: equalTo(contracts.targetLevel),
};

/** The columns of a contract record (the employer report reads a few of them too). */
export const contractFields = {
  id: contracts.id,
  learnerId: contracts.learnerId,
  funding: contracts.funding,
  employerId: contracts.employerId,
  course: contracts.course,
  language: contracts.language,
  targetLevel: contracts.targetLevel,
  hours: contracts.hours,
  startDate: contracts.startDate,
  endDate: contracts.endDate,
  status: contracts.status,
  priceCents: contracts.priceCents,
  createdAt: contracts.createdAt,
};

export const contractReader = defineReader({
  table: contracts,
  id: contracts.id,
  fields: contractFields,
  toRecord: (row) => ({ ...row, createdAt: instant(row.createdAt) }),
  sort: sortable(contractFields, contractSort.shape.field.options),
  filter,
  references: { learnerId: contracts.learnerId, employerId: contracts.employerId },
  notFound: 'Contrat introuvable.',
});
