import { z } from 'zod';
import { revealable } from '../audit/withholding.ts';
import { sortOn } from '../resource-params.ts';
import { emailAddress, optionalText, personName, phoneNumber } from '../resources/inputs.ts';
import { searchText } from '../resources/search.ts';

/** Someone who wrote through the website's contact form (name, phone and e-mail are mandatory there). */
export const prospectRecord = z.object({
  id: z.uuid(),
  fullName: revealable(z.string()),
  phone: revealable(z.string()),
  email: revealable(z.string()),
  company: revealable(z.string().nullable()),
  need: revealable(z.string().nullable()),
  receivedAt: revealable(z.string()),
  lastContactAt: revealable(z.string()),
  newsletterConsent: revealable(z.boolean()),
});

export const prospectSort = sortOn(['fullName', 'receivedAt', 'lastContactAt', 'id']);

export const prospectFilter = z.object({ q: searchText.optional() });

const requiredPhone = phoneNumber.refine((value) => value !== null, 'Obligatoire.');

export const prospectCreateData = z.object({
  fullName: personName,
  phone: requiredPhone,
  email: emailAddress,
  company: optionalText(200).optional(),
  need: optionalText(2000).optional(),
  newsletterConsent: z.boolean().default(false),
  /** A contact they initiated again (a new message, a call): the 3-year rule starts over from it. */
  lastContactAt: z.iso.datetime({ offset: true, error: 'Date invalide.' }).optional(),
});

export const prospectUpdateData = prospectCreateData.partial();
export type ProspectUpdateData = z.infer<typeof prospectUpdateData>;
