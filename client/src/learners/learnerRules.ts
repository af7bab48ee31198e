import { isMasked } from '@vigie/domain/masking';
import { isWithheld } from '@vigie/domain/withheld';
import { email, maxLength, regex, required, type Validator } from 'react-admin';

/**
 * The server's rules for a rectification (server/src/learners), repeated here so the form says
 * what is wrong before any round trip; the server stays the judge and its messages show too.
 */
// The same patterns as server/src/resources/phone.ts (normalisePhone): French numbers in any usual
// writing, or an international number of at most 15 digits after `+` or `00`.
const separators = /[\s.\-()/]/g;
const frenchPhone = /^(?:0|(?:\+|00)330?)[1-9]\d{8}$/;
const internationalPhone = /^(?:\+|00)[1-9]\d{6,14}$/;

export function isValidPhone(value: string): boolean {
  const compact = value.trim().replace(separators, '');
  return frenchPhone.test(compact) || internationalPhone.test(compact);
}

const phoneRule: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !isValidPhone(value) ? 'vigie.learners.invalid_phone' : undefined;

/** A masked value left as shown is not checked: it is not sent (`rectificationOf`), the stored one stays. */
const unlessMasked =
  (rules: Validator[]): Validator =>
  (value: unknown, values: unknown, props: unknown) => {
    if (typeof value === 'string' && isMasked(value)) return undefined;
    for (const rule of rules) {
      const error = rule(value, values, props);
      if (error) return error;
    }
    return undefined;
  };

export const learnerValidators = {
  lastName: [required(), maxLength(100)],
  firstName: [required(), maxLength(100)],
  email: unlessMasked([required(), email(), maxLength(254)]),
  phone: unlessMasked([phoneRule, maxLength(40)]),
  locality: [maxLength(100)],
  country: [required(), regex(/^[A-Z]{2}$/, 'vigie.learners.invalid_country')],
  presentation: [maxLength(2000)],
  profitCentre: [maxLength(120)],
  jobTitle: [maxLength(120)],
};

export const editableLearnerFields = [
  'lastName',
  'firstName',
  'email',
  'phone',
  'locality',
  'country',
  'presentation',
  'profitCentre',
  'jobTitle',
  'newsletterConsent',
  'objectsToQualityVisits',
  'objectsToAnalytics',
  'objectsToStatistics',
] as const;

/**
 * A form's `transform` for a rectification: only the fields staff may rectify travel (ids, status and
 * timestamps are the server's), text is trimmed, and a cleared optional field is sent as null rather
 * than an empty string.
 */
export function rectificationOf(fields: readonly string[], optional: readonly string[]) {
  return (values: Record<string, unknown>): Record<string, unknown> => {
    const data: Record<string, unknown> = {};
    for (const field of fields) {
      if (!(field in values)) continue;
      let value = values[field];
      // A masked or withheld value was never shown in full: it is not a correction, so it stays as stored.
      if (isWithheld(value) || (typeof value === 'string' && isMasked(value))) continue;
      if (typeof value === 'string') value = value.trim();
      if (value === '' || value === undefined) value = optional.includes(field) ? null : value;
      data[field] = value;
    }
    return data;
  };
}

export const rectification = rectificationOf(editableLearnerFields, [
  'phone',
  'locality',
  'presentation',
  'profitCentre',
  'jobTitle',
]);
