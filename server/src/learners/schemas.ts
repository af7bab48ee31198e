import { schema } from '@vigie/db';
import { z } from 'zod';
import { sortOn } from '../resource-params.ts';
import { searchText } from '../resources/search.ts';
import { normalisePhone } from './phone.ts';

const { learnerStatuses, fundings, cefrLevels } = schema;

/** A learner as lists and reference look-ups show it: no presentation, no consents. */
export const learnerListRecord = z.object({
  id: z.uuid(),
  lastName: z.string(),
  firstName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  locality: z.string().nullable(),
  country: z.string(),
  employerId: z.uuid().nullable(),
  jobTitle: z.string().nullable(),
  status: z.enum(learnerStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LearnerListRecord = z.infer<typeof learnerListRecord>;

/** The whole learner (`getOne`, `update`). */
export const learnerRecord = learnerListRecord.extend({
  presentation: z.string().nullable(),
  profitCentre: z.string().nullable(),
  newsletterConsent: z.boolean(),
  objectsToQualityVisits: z.boolean(),
  objectsToAnalytics: z.boolean(),
  objectsToStatistics: z.boolean(),
  hasPhoto: z.boolean(),
});
export type LearnerRecord = z.infer<typeof learnerRecord>;

export const learnerSort = sortOn([
  'lastName',
  'firstName',
  'email',
  'locality',
  'country',
  'status',
  'createdAt',
  'updatedAt',
  'id',
]);

export const learnerFilter = z.object({
  q: searchText.optional(),
  employerId: z.uuid().optional(),
  /** Learners with at least one contract of this funding. */
  funding: z.enum(fundings).optional(),
  /**
   * With `true`, learners with an employer-funded contract paid by their own employer; with `false`,
   * the others (individual or CPF learners who work there): the two halves of an employer's page.
   */
  employerFunded: z.boolean().optional(),
  status: z.enum(learnerStatuses).optional(),
  /** The home locality as stored ("Lyon"): equality, so that the locality index serves it. */
  locality: z.string().trim().max(100).optional(),
  /** Learners with a contract aiming at this CEFR level. */
  cefrLevel: z.enum(cefrLevels).optional(),
});
export type LearnerFilter = z.infer<typeof learnerFilter>;
export type LearnerSortField = z.infer<typeof learnerSort>['field'];

// react-admin sends a cleared text input as '' or null: both mean "no value" for optional text.
const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const optionalText = (max: number) => z.preprocess(emptyToNull, z.string().trim().max(max).nullable());
const name = z.string().trim().min(1, 'Obligatoire.').max(100);

const phone = z.preprocess(
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

/** Rectification: what a learner may have corrected through the service desk; status is not here. */
export const learnerUpdateData = z
  .object({
    lastName: name,
    firstName: name,
    email: z.string().trim().toLowerCase().pipe(z.email('Adresse e-mail invalide.').max(254)),
    phone,
    locality: optionalText(100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'Code pays ISO à deux lettres (FR, BE...).'),
    presentation: optionalText(2000),
    employerId: z.preprocess(emptyToNull, z.uuid().nullable()),
    profitCentre: optionalText(120),
    jobTitle: optionalText(120),
    newsletterConsent: z.boolean(),
    objectsToQualityVisits: z.boolean(),
    objectsToAnalytics: z.boolean(),
    objectsToStatistics: z.boolean(),
  })
  .partial();
export type LearnerUpdateData = z.infer<typeof learnerUpdateData>;
