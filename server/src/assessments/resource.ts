import { schema } from '@vigie/db';
import { z } from 'zod';
import { assessmentKinds, cefrLevels } from '@vigie/domain/enums';
import { sortOn } from '../resource-params.ts';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';

const { assessments } = schema;

/** Level tests, needs analyses, learning profiles, progress evaluations and surveys. */
export const assessmentRecord = z.object({
  id: z.uuid(),
  learnerId: z.uuid(),
  contractId: z.uuid().nullable(),
  kind: z.enum(assessmentKinds),
  cefrLevel: z.enum(cefrLevels).nullable(),
  score: z.number().nullable(),
  assessedOn: z.iso.date(),
  notes: z.string().nullable(),
});

export const assessmentSort = sortOn(['assessedOn', 'kind', 'cefrLevel', 'score', 'id']);

export const assessmentFilter = z.object({
  learnerId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  kind: z.enum(assessmentKinds).optional(),
  cefrLevel: z.enum(cefrLevels).optional(),
});

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
