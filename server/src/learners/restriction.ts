import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, inArray, isNotNull } from 'drizzle-orm';
import { type Disclosure, declarationOf, referencedSubjects } from '../audit/disclosure.ts';
import type { Disclosed } from '../audit/revealed.ts';
import { sharedWhileRunning } from '../in-flight.ts';

const { learners } = schema;

/** A read or change of a restricted learner's data by someone the restriction keeps out (Art. 18). */
export class RestrictedRefusal extends Error {
  constructor(readonly subjectIds: string[]) {
    super('restricted learner');
  }
}

export const RESTRICTED_MESSAGE =
  "Traitement limité (RGPD, art. 18) : les données de cet apprenant ne sont accessibles qu'au DPO.";

const LEARNER = 'learner:';
const learnerIds = (subjects: readonly string[]) =>
  subjects.filter((s) => s.startsWith(LEARNER)).map((s) => s.slice(LEARNER.length));

// The calls of a learner's file at once ask about the same learner: one look-up serves them.
const restrictedAmong = sharedWhileRunning(
  async (db: Database, ids: string[]): Promise<ReadonlySet<string>> => {
    if (ids.length === 0) return new Set();
    const rows = await db
      .select({ id: learners.id })
      .from(learners)
      .where(and(inArray(learners.id, ids), isNotNull(learners.restrictedAt)));
    return new Set(rows.map((row) => `${LEARNER}${row.id}`));
  },
  (ids) => [...ids].sort().join(' '),
);

type Page = { data: Record<string, unknown>[]; total?: number };
const isPage = (data: unknown): data is Page => Array.isArray((data as { data?: unknown } | null)?.data);

/**
 * Applied by the audited gateway to every answer for a caller the restriction keeps out: asking for a
 * restricted learner (one record, a write, a look-up by that learner) is refused; a list simply leaves
 * restricted learners' records out, so that one restriction does not blind a whole search. Returns the
 * answer as it may leave and the subjects withheld from it.
 */
export async function withholdRestricted(
  db: Database,
  disclosure: Disclosure,
  input: unknown,
  { data, audit }: Disclosed<unknown>,
): Promise<{ disclosed: Disclosed<unknown>; withheld: string[] }> {
  const asked = referencedSubjects(input, declarationOf(disclosure.entity));
  const restricted = await restrictedAmong(db, [...new Set(learnerIds([...asked, ...audit.subjectIds]))]);
  if (restricted.size === 0) return { disclosed: { data, audit }, withheld: [] };
  const key = audit.subjectKey;
  if (disclosure.action !== 'list' || !key || !isPage(data) || asked.some((s) => restricted.has(s))) {
    throw new RestrictedRefusal([...restricted]);
  }
  const keep = data.data.map((record) => !restricted.has(`${LEARNER}${String(record[key])}`));
  const kept = data.data.filter((_, i) => keep[i]);
  const withheld = audit.subjectIds.filter((s) => restricted.has(s));
  const entityIds = audit.entityIds?.length === keep.length ? audit.entityIds.filter((_, i) => keep[i]) : audit.entityIds;
  return {
    disclosed: {
      data: { ...data, data: kept, ...(data.total === undefined ? {} : { total: data.total - (keep.length - kept.length) }) },
      audit: { ...audit, subjectIds: audit.subjectIds.filter((s) => !restricted.has(s)), ...(entityIds ? { entityIds } : {}) },
    },
    withheld,
  };
}
