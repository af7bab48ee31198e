import { z } from 'zod';
import { normalisePhone } from './phone.ts';

/** What staff type into a person's record, validated the same way for learners and employer contacts. */

// react-admin sends a cleared text input as '' or null: both mean "no value" for optional text.
export const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const optionalText = (max: number) => z.preprocess(emptyToNull, z.string().trim().max(max).nullable());

export const personName = z.string().trim().min(1, 'Obligatoire.').max(100);

export const emailAddress = z.string().trim().toLowerCase().pipe(z.email('Adresse e-mail invalide.').max(254));

/** Typed in any usual way, stored in the one international form `normalisePhone` gives. */
export const phoneNumber = z.preprocess(
  emptyToNull,
  z
    .string()
    .max(40)
    .nullable()
    .transform((typed, context) => {
      if (typed === null) return null;
      const stored = normalisePhone(typed);
      if (!stored) {
        context.addIssue({
          code: 'custom',
          message: 'Numéro invalide : 10 chiffres en France (06 12 34 56 78) ou +indicatif pays.',
        });
        return z.NEVER;
      }
      return stored;
    }),
);

/**
 * Rectification writes only what changes, and the audit names those fields (never their values): the
 * keys of `data` whose value differs from the record as it was, and the patch of them.
 */
export function changesOf<D extends Record<string, unknown>>(data: D, before: { [K in keyof D]?: unknown }) {
  const changed = (Object.keys(data) as (keyof D & string)[]).filter(
    (key) => data[key] !== undefined && data[key] !== before[key],
  );
  return { changed, patch: Object.fromEntries(changed.map((key) => [key, data[key]])) as Partial<D> };
}

const NUL = '\u0000';

/**
 * Where an input holds a NUL character (PostgreSQL text cannot store one): the path of each string,
 * as zod names fields (`data.displayName`). Nesting past `maxDepth` is not walked (the HTTP layer
 * refuses it before).
 */
export function nulPaths(value: unknown, path: string[] = [], maxDepth = 40): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [path.join('.') || '(input)'] : [];
  if (!value || typeof value !== 'object' || path.length >= maxDepth) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(key.includes(NUL) ? [[...path, key].join('.')] : []),
    ...nulPaths(item, [...path, key], maxDepth),
  ]);
}
