import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { auditSelection } from '../audit/revealed.ts';
import { learnerSearch } from '../learners/search.ts';
import type { RequestRecord } from './schemas.ts';

const { learners } = schema;

const SUGGESTIONS = 10;

const fields = {
  id: learners.id,
  lastName: learners.lastName,
  firstName: learners.firstName,
  email: learners.email,
  phone: learners.phone,
  status: learners.status,
};
const suggestionRead = auditSelection(learners, fields);

function matching(db: Database, condition: SQL | undefined) {
  if (!condition) return Promise.resolve([]);
  return db
    .select(fields)
    .from(learners)
    .where(condition)
    .orderBy(asc(learners.lastName), asc(learners.id))
    .limit(SUGGESTIONS);
}

/**
 * Learners the requester may be: the same email first (the strongest sign), then every word of the
 * name given, accents and case aside, through the learner search's own index.
 */
export async function suggestLearners(db: Database, request: RequestRecord) {
  const email = request.requesterEmail?.toLowerCase();
  const [byEmail, byName] = await Promise.all([
    // The search's trigram index narrows to a few rows; the equality keeps the exact address only.
    matching(db, email ? and(learnerSearch(email), eq(sql`lower(${learners.email})`, email)) : undefined),
    matching(db, learnerSearch(request.requesterName)),
  ]);
  const suggestions = new Map<string, (typeof byEmail)[number] & { matchedOn: ('email' | 'name')[] }>();
  for (const row of byEmail) suggestions.set(row.id, { ...row, matchedOn: ['email'] });
  for (const row of byName) {
    const known = suggestions.get(row.id);
    if (known) known.matchedOn.push('name');
    else suggestions.set(row.id, { ...row, matchedOn: ['name'] });
  }
  const both = (s: { matchedOn: unknown[] }) => s.matchedOn.length;
  const found = [...suggestions.values()].sort((a, b) => both(b) - both(a)).slice(0, SUGGESTIONS);
  return { data: { data: found }, audit: suggestionRead.reveal(found) };
}
