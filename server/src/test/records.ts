import { randomUUID } from 'node:crypto';
import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';

/** Rows for tests, inserted as the run-time role; unique values so test files can share a database. */
const unique = () => randomUUID().slice(0, 8);

async function insertOne<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error('row not inserted');
  return row;
}

export function insertEmployer(db: Database, values: Partial<typeof schema.employers.$inferInsert> = {}) {
  const siret = String(Math.floor(Math.random() * 1e14)).padStart(14, '0');
  return insertOne(
    db
      .insert(schema.employers)
      .values({ name: `Société ${unique()}`, siret, sector: 'industrie', city: 'Lyon', ...values })
      .returning(),
  );
}

export function insertLearner(db: Database, values: Partial<typeof schema.learners.$inferInsert> = {}) {
  const tag = unique();
  return insertOne(
    db
      .insert(schema.learners)
      .values({ lastName: `Nom${tag}`, firstName: 'Prénom', email: `learner-${tag}@example.test`, ...values })
      .returning(),
  );
}

type ContractValues = Partial<typeof schema.trainingContracts.$inferInsert> & { learnerId: string };

export function insertContract(db: Database, values: ContractValues) {
  return insertOne(
    db
      .insert(schema.trainingContracts)
      .values({
        funding: 'individual',
        course: 'Anglais professionnel',
        language: 'en',
        targetLevel: 'B2',
        hours: 30,
        startDate: '2026-01-05',
        endDate: '2026-06-30',
        status: 'active',
        priceCents: 150_000,
        ...values,
      })
      .returning(),
  );
}

export function insertAttendance(
  db: Database,
  values: Partial<typeof schema.attendance.$inferInsert> & { contractId: string; learnerId: string },
) {
  return insertOne(
    db
      .insert(schema.attendance)
      .values({ sessionAt: new Date('2026-02-02T09:00:00Z'), durationMinutes: 90, present: true, ...values })
      .returning(),
  );
}

export function insertAssessment(
  db: Database,
  values: Partial<typeof schema.assessments.$inferInsert> & { learnerId: string },
) {
  return insertOne(
    db
      .insert(schema.assessments)
      .values({ kind: 'level_test', cefrLevel: 'B1', assessedOn: '2026-01-10', ...values })
      .returning(),
  );
}
