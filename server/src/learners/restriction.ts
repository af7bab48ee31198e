import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, inArray, isNotNull } from 'drizzle-orm';
import { type Disclosure, declarationOf, recordsOf, referencedSubjects } from '../audit/disclosure.ts';

const { learners } = schema;

/** A read or change of a restricted learner's data by someone the restriction keeps out (Art. 18). */
export class RestrictedRefusal extends Error {
  constructor(readonly subjectIds: string[]) {
    super('restricted learner');
  }
}

export const RESTRICTED_MESSAGE =
  "Traitement limité (RGPD, art. 18) : les données de cet apprenant ne sont accessibles qu'au DPO.";

type Row = Record<string, unknown>;

async function restrictedAmong(db: Database, learnerIds: string[]): Promise<Set<string>> {
  if (learnerIds.length === 0) return new Set();
  const rows = await db
    .select({ id: learners.id })
    .from(learners)
    .where(and(inArray(learners.id, learnerIds), isNotNull(learners.restrictedAt)));
  return new Set(rows.map((row) => row.id));
}

const learnerIdOf = (subject: string) => (subject.startsWith('learner:') ? subject.slice('learner:'.length) : null);

/**
 * Applied by the audited gateway to every answer for a caller the restriction keeps out: asking for a
 * restricted learner (one record, a write, a look-up by that learner) is refused; a list simply leaves
 * restricted learners' records out, so that one restriction does not blind a whole search.
 */
export async function withholdRestricted(db: Database, disclosure: Disclosure, input: unknown, output: unknown) {
  const declaration = declarationOf(disclosure.entity);
  if (declaration.subject.kind !== 'learner') return output;
  const key = declaration.subject.key;
  const records = recordsOf(output);
  const subjectOf = (record: Row) => (record[key] == null ? null : String(record[key]));
  const asked = referencedSubjects(input, declaration).map(learnerIdOf);
  const listed = records.map(subjectOf);
  const restricted = await restrictedAmong(db, [...new Set([...asked, ...listed].filter((id) => id !== null))]);
  if (restricted.size === 0) return output;
  const isList = disclosure.action === 'list' && Array.isArray((output as { data?: unknown }).data);
  const askedRestricted = asked.filter((id) => id !== null && restricted.has(id));
  if (!isList || askedRestricted.length > 0) {
    throw new RestrictedRefusal([...restricted].map((id) => `learner:${id}`));
  }
  const page = output as { data: Row[]; total?: number };
  const kept = page.data.filter((record) => !restricted.has(subjectOf(record) ?? ''));
  const withheld = page.data.length - kept.length;
  return { ...page, data: kept, ...(page.total === undefined ? {} : { total: page.total - withheld }) };
}
