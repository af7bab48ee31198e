import { schema } from '@vigie/db';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { type assessmentFilter, assessmentSort } from './schemas.ts';

const { assessments } = schema;

const filter: FilterSql<z.infer<typeof assessmentFilter>> = {
  learnerId: equalTo(assessments.learnerId),
  contractId: equalTo(assessments.contractId),
  kind: equalTo(assessments.kind),
  cefrLevel: equalTo(assessments.cefrLevel),
};

const fields = {
  id: assessments.id,
  learnerId: assessments.learnerId,
  contractId: assessments.contractId,
  kind: assessments.kind,
  cefrLevel: assessments.cefrLevel,
  score: assessments.score,
  assessedOn: assessments.assessedOn,
  notes: assessments.notes,
};

export const assessmentReader = defineReader({
  table: assessments,
  id: assessments.id,
  fields,
  toRecord: (row) => row,
  sort: sortable(fields, assessmentSort.shape.field.options),
  filter,
  references: { learnerId: assessments.learnerId, contractId: assessments.contractId },
  notFound: 'Évaluation introuvable.',
});
