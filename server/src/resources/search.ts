import { type Column, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';

/**
 * The free-text box: names, emails, phone numbers, company names and SIRETs. Queries are parameterised
 * whatever comes in; the character list only turns input that cannot be a name, an email or a phone
 * number (`;`, `=`, quotes other than the apostrophe...) into a clear field error instead of an empty page.
 */
export const searchText = z
  .string()
  .trim()
  .max(100)
  .regex(/^[\p{L}\p{M}\p{N}\s'’.,\-@+_()&/%]*$/u, 'Caractères non autorisés dans la recherche.');

/** `%`, `_` and `\` typed by a user are text, not LIKE wildcards. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export const containing = (text: string) => `%${escapeLike(text)}%`;

/** `q` over a few short columns of a small table (employers, contacts): no index needed. */
export function anyColumnContains(columns: readonly Column[], text: string): SQL | undefined {
  const pattern = containing(text);
  return or(...columns.map((column) => ilike(column, pattern)));
}
