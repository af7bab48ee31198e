/**
 * Phone numbers as staff type them (`06 12 34 56 78`, `06.12.34.56.78`, `+33 (0)6 12...`, `0044 20...`)
 * are stored in one international form, so that a number reads and searches the same way whoever
 * typed it: French numbers as `+33 6 12 34 56 78`, others as E.164 (`+442079460958`).
 */
const SEPARATORS = /[\s.\-()/]/g;

const pairs = (digits: string) => digits.replace(/(\d{2})(?=\d)/g, '$1 ');

/** The French number without its leading 0 or +33 (9 digits), or null. */
function frenchSubscriber(compact: string): string | null {
  return /^0([1-9]\d{8})$/.exec(compact)?.[1] ?? /^(?:\+|00)330?([1-9]\d{8})$/.exec(compact)?.[1] ?? null;
}

/** The stored form of a phone number, or null when it is not a plausible French or international number. */
export function normalisePhone(typed: string): string | null {
  const compact = typed.trim().replace(SEPARATORS, '');
  const french = frenchSubscriber(compact);
  if (french) return `+33 ${french[0]} ${pairs(french.slice(1))}`;
  // E.164: a country code that does not start with 0, at most 15 digits in all; +33 has its own rule.
  const international = /^(?:\+|00)([1-9]\d{6,14})$/.exec(compact)?.[1];
  return international && !international.startsWith('33') ? `+${international}` : null;
}

/**
 * The forms a phone fragment can take in the search text (digits and `+` only): what was typed, the
 * same with `00` read as `+`, and a French number written the other way (`06 12` also finds
 * `+33 6 12 ...`, and back). A fragment from the middle of a number ("00 12") stays as typed too.
 */
export function phoneSearchForms(typed: string): string[] {
  const compact = typed.replace(SEPARATORS, '');
  const international = compact.replace(/^00/, '+');
  const forms = new Set([compact, international]);
  const national = /^0([1-9]\d*)$/.exec(compact)?.[1];
  if (national) forms.add(`+33${national}`);
  const fromFrance = /^\+330?([1-9]\d*)$/.exec(international)?.[1];
  if (fromFrance) forms.add(`+33${fromFrance}`).add(`0${fromFrance}`);
  return [...forms];
}

/** Input made only of digits and phone punctuation, with at least one digit. */
export const looksLikePhone = (text: string) => /^\+?[\d\s.\-()/]+$/.test(text) && /\d/.test(text);
