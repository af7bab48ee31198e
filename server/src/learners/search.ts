import { schema } from '@vigie/db';
import { and, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import { containing, escapeLike } from '../resources/search.ts';
import { looksLikePhone, phoneSearchForms } from '../resources/phone.ts';

const { learners } = schema;

/** pg_trgm extracts nothing useful from fewer than three characters: those go to the name prefix index. */
export const TRIGRAM_MIN = 3;

/** How a `q` is searched: the start of the last name, or fragments anywhere in names, email and phone. */
type SearchPlan = { prefix: string } | { fragments: string[]; every: boolean };

// The stored text went through lower() then unaccent; the fragment, lower case already, loses its accents
// the same way (œ → oe as well as é → e), so that a plain LIKE compares them.
const searchTextContains = (fragment: string) =>
  sql`${learners.searchText} LIKE vigie_unaccent(${containing(fragment.toLowerCase())})`;

/**
 * ICU's root collation (the name columns') sorts every name that starts with the prefix, whatever its
 * case, between the prefix in lower case and the prefix followed by U+FFFF, which that collation
 * sorts after every character: the range walks learners_name_idx in the list's own order, and the
 * LIKE keeps the exact matches ("Dé" has "Dean" in its range, not in its matches).
 */
function lastNameStartsWith(prefix: string): SQL | undefined {
  const lower = prefix.toLowerCase();
  return and(
    gte(learners.lastName, lower),
    lt(learners.lastName, `${lower}\uFFFF`),
    sql`lower(${learners.lastName}) LIKE ${`${escapeLike(lower)}%`}`,
  );
}

function planOf(q: string): SearchPlan | undefined {
  const text = q.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  if (looksLikePhone(text)) {
    const forms = phoneSearchForms(text);
    return forms.some((form) => form.length < TRIGRAM_MIN) ? { prefix: text } : { fragments: forms, every: false };
  }
  // Each word must appear somewhere (`marie dupont` finds "Dupont Marie"). Short words would make the
  // trigram index scan everything; with a long word beside them they add little.
  const words = text.split(' ');
  const long = words.filter((word) => word.length >= TRIGRAM_MIN);
  if (long.length > 0) return { fragments: long, every: true };
  return words[0] ? { prefix: words[0] } : undefined;
}

/**
 * `q` of the learner list: 3+ characters search names, email and phone through the trigram index;
 * 1-2 characters match the start of the last name (the name index): "Du" lists the Dupont, Durand...
 * A number typed with spaces or dots searches its digits, in both French forms.
 */
export function learnerSearch(q: string): SQL | undefined {
  const plan = planOf(q);
  if (!plan) return undefined;
  if ('prefix' in plan) return lastNameStartsWith(plan.prefix);
  const each = plan.fragments.map(searchTextContains);
  return plan.every ? and(...each) : or(...each);
}

/** A search the name index answers in the order of last names, one page at a time. */
export const searchesLastNamePrefix = (q: string) => {
  const plan = planOf(q);
  return plan !== undefined && 'prefix' in plan;
};
