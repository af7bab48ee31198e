import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { auditSelection, type Disclosed } from './revealed.ts';

const { learners } = schema;
const learnerId = /^learner:([0-9a-f-]{36})$/;

/** The journal's subjects to name: at most a page's worth, learners only (the others are named by kind). */
export const subjectNamesInput = z.object({ subjectIds: z.array(z.string().max(60)).max(200) });
export const subjectNamesOutput = z.object({
  data: z.array(z.object({ subjectId: z.string(), firstName: z.string(), lastName: z.string() })),
});

const selection = { id: learners.id, firstName: learners.firstName, lastName: learners.lastName };
const named = auditSelection(learners, selection, learners.id);

/**
 * "Stagiaire ffdc7254" tells the DPO nothing: the journal asks for the names of the learners on its
 * page. Naming them is a read of their identity like any other, written to the log with each of them.
 */
export async function subjectNames(db: Database, subjectIds: readonly string[]): Promise<Disclosed<z.infer<typeof subjectNamesOutput>>> {
  const ids = [...new Set(subjectIds.flatMap((subject) => learnerId.exec(subject)?.[1] ?? []))];
  const rows = ids.length === 0 ? [] : await db.select(selection).from(learners).where(inArray(learners.id, ids));
  return {
    data: { data: rows.map((row) => ({ subjectId: `learner:${row.id}`, firstName: row.firstName, lastName: row.lastName })) },
    audit: named.reveal(rows),
  };
}
