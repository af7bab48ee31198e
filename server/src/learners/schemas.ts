import { z } from 'zod';
import { cefrLevels, fundings, learnerStatuses } from '@vigie/domain/enums';
import { revealable } from '../audit/withholding.ts';
import { sortOn } from '../resource-params.ts';
import { emailAddress, emptyToNull, optionalText, personName, phoneNumber } from '../resources/inputs.ts';
import { reason } from '../learner-decisions/schemas.ts';
import { searchText } from '../resources/search.ts';

/**
 * A learner as lists and reference look-ups show it: no presentation, no consents. Each personal field
 * is `revealable`: withheld when the access purpose does not cover its category.
 */
export const learnerListRecord = z.object({
  id: z.uuid(),
  lastName: revealable(z.string()),
  firstName: revealable(z.string()),
  email: revealable(z.string()),
  phone: revealable(z.string().nullable()),
  locality: revealable(z.string().nullable()),
  country: revealable(z.string()),
  employerId: revealable(z.uuid().nullable()),
  jobTitle: revealable(z.string().nullable()),
  status: z.enum(learnerStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LearnerListRecord = z.infer<typeof learnerListRecord>;

/** The whole learner (`getOne`, `update`). */
export const learnerRecord = learnerListRecord.extend({
  presentation: revealable(z.string().nullable()),
  profitCentre: revealable(z.string().nullable()),
  newsletterConsent: revealable(z.boolean()),
  objectsToQualityVisits: revealable(z.boolean()),
  objectsToAnalytics: revealable(z.boolean()),
  objectsToStatistics: revealable(z.boolean()),
  /** Set while processing is restricted (Art. 18): only the DPO reads the learner then. */
  restrictedAt: z.string().nullable(),
  /** A legal hold (admins): everything is kept until that day, whatever an erasure asks. */
  legalHoldUntil: revealable(z.iso.date().nullable()),
  legalHoldReason: revealable(z.string().nullable()),
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

/** Rectification: what a learner may have corrected through the service desk; status is not here. */
export const learnerUpdateData = z
  .object({
    lastName: personName,
    firstName: personName,
    email: emailAddress,
    phone: phoneNumber,
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

/** An admin's legal hold: why (a sentence, as every decision of the history), and until when (a day after today). */
export const legalHoldInput = z.object({
  id: z.uuid(),
  until: z.iso.date('Date attendue au format AAAA-MM-JJ.'),
  reason,
});

/** Lifting a hold: why (a sentence, like every decision of the history). */
export const liftLegalHoldInput = z.object({ id: z.uuid(), reason });
