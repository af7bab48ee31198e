import { z } from 'zod';
import { personalDataCategories } from '@vigie/domain/enums';

/** The zod pieces the four GDPR registers (processors, activities, disclosures, breaches) share. */

// react-admin sends a cleared input as '' or null: both mean "no value".
const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const requiredText = (max: number) => z.string().trim().min(1, 'Obligatoire.').max(max);
export const optionalText = (max: number) => z.preprocess(emptyToNull, z.string().trim().max(max).nullable()).default(null);

/** A list typed line by line (purposes, security measures): blank lines dropped. */
export const textList = z
  .array(z.string().trim().max(500))
  .max(50)
  .transform((items) => items.filter(Boolean))
  .default([]);

/** Categories from the one list the personal-data declarations use; an unknown one is refused. */
export const dataCategoryList = z
  .array(z.enum(personalDataCategories, 'Catégorie de données inconnue.'))
  .min(1, 'Au moins une catégorie de données.')
  .max(personalDataCategories.length)
  .transform((categories) => [...new Set(categories)]);

export const day = z.iso.date('Date attendue (AAAA-MM-JJ).');
export const optionalDay = z.preprocess(emptyToNull, day.nullable()).default(null);
/** An instant with its offset (`2025-03-29T09:00:00.000Z`), stored as such. */
export const instantInput = z.iso.datetime({ offset: true, message: 'Date et heure attendues (ISO 8601).' });
export const optionalInstant = z.preprocess(emptyToNull, instantInput.nullable()).default(null);

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Code pays ISO à deux lettres (FR, US...).');

/** Adds a field error at `path` when `end` comes before `start` ("an end before a start"). */
export function notBefore(
  context: z.RefinementCtx,
  start: string | null | undefined,
  end: string | null | undefined,
  path: string,
  message: string,
) {
  if (start && end && Date.parse(end) < Date.parse(start)) context.addIssue({ code: 'custom', path: [path], message });
}
