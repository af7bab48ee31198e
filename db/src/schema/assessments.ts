import { date, index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { assessmentKinds, cefrLevels } from '@vigie/domain/enums';
import { declarePersonalData } from '../personal-data.ts';
import { trainingContracts } from './contracts.ts';
import { learners } from './learners.ts';

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    contractId: uuid('contract_id').references(() => trainingContracts.id),
    kind: text('kind', { enum: assessmentKinds }).notNull(),
    cefrLevel: text('cefr_level', { enum: cefrLevels }),
    score: numeric('score', { precision: 5, scale: 1, mode: 'number' }),
    assessedOn: date('assessed_on').notNull(),
    notes: text('notes'),
  },
  (t) => [index('assessments_learner_idx').on(t.learnerId, t.assessedOn)],
);

export const assessmentsPersonalData = declarePersonalData(assessments, {
  entity: 'assessments',
  subject: { kind: 'learner', key: 'learnerId' },
  columns: { kind: 'pedagogical', cefrLevel: 'pedagogical', score: 'pedagogical', assessedOn: 'pedagogical', notes: 'pedagogical' },
});
