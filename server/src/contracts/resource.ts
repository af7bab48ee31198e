import { schema } from '@vigie/db';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { type contractFilter, contractSort } from './schemas.ts';

const { trainingContracts: contracts } = schema;

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
