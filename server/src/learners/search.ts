import { schema } from '@vigie/db';
import { and, or, type SQL, sql } from 'drizzle-orm';
import { containing, escapeLike } from '../resources/search.ts';
import { looksLikePhone, phoneSearchForms } from '../resources/phone.ts';

const { learners, learnerSearchText } = schema;

/** pg_trgm extracts nothing useful from fewer than three characters: those go to the name prefix index. */
export const TRIGRAM_MIN = 3;

// Exactly the indexed expressions (learners.ts), so that the planner matches them to their indexes.
// The pattern loses its accents the way the indexed text did (œ → oe as well as é → e).
const searchTextContains = (fragment: string) =>
  sql`${learnerSearchText} ILIKE vigie_unaccent(${containing(fragment)})`;
const lastNameStartsWith = (prefix: string) =>
  sql`lower(${learners.lastName}) LIKE ${`${escapeLike(prefix.toLowerCase())}%`}`;

/** Words of a name or email search: each must appear somewhere (`marie dupont` finds "Dupont Marie"). */
function wordsCondition(words: string[]): SQL | undefined {
  const long = words.filter((word) => word.length >= TRIGRAM_MIN);
  // Short words would make the trigram index scan everything; with a long word beside them they add little.
  if (long.length === 0) return words[0] ? lastNameStartsWith(words[0]) : undefined;
  return and(...long.map((word) => searchTextContains(word.toLowerCase())));
}

/**
 * `q` of the learner list: 3+ characters search names, email and phone through the trigram index;
 * 1-2 characters match the start of the last name (the prefix index): "Du" lists the Dupont, Durand...
 * A number typed with spaces or dots searches its digits, in both French forms.
 */
export function learnerSearch(q: string): SQL | undefined {
  const text = q.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  if (looksLikePhone(text)) {
    const forms = phoneSearchForms(text);
    if (forms.some((form) => form.length < TRIGRAM_MIN)) return lastNameStartsWith(text);
    return or(...forms.map(searchTextContains));
  }
  return wordsCondition(text.split(' '));
}
