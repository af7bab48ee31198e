import { z } from 'zod';
import { personalDataCategories, processorRoles, processorStatuses, transferSafeguards } from '@vigie/domain/enums';
import {
  countryCode,
  dataCategoryList,
  notBefore,
  optionalDay,
  optionalText,
  requiredText,
  textList,
} from '../registers/inputs.ts';
import { sortOn } from '../resource-params.ts';
import { searchText } from '../resources/search.ts';

export const processorCheck = z.object({
  code: z.enum(['transfer_without_safeguard', 'contract_review_due', 'no_signed_contract']),
  severity: z.enum(['error', 'warning']),
});

/** The contact person's columns: left out of what a manager reads (`processorContacts` in @vigie/domain/access). */
export const contactFields = ['contactName', 'contactEmail', 'contactPhone'] as const;

export const processorRecord = z.object({
  id: z.uuid(),
  name: z.string(),
  service: z.string(),
  role: z.enum(processorRoles),
  parentId: z.uuid().nullable(),
  country: z.string(),
  /** Derived from the country: no transfer at all inside the EU/EEA. */
  euEea: z.boolean(),
  adequacyDecision: z.boolean(),
  safeguard: z.enum(transferSafeguards),
  safeguardVersion: z.string().nullable(),
  dataCategories: z.array(z.enum(personalDataCategories)),
  purposes: z.array(z.string()),
  activityIds: z.array(z.uuid()),
  contractSignedOn: z.string().nullable(),
  contractReviewOn: z.string().nullable(),
  securityMeasures: z.array(z.string()),
  contactName: z.string().nullable().optional(),
  contactEmail: z.string().nullable().optional(),
  contactPhone: z.string().nullable().optional(),
  status: z.enum(processorStatuses),
  /** The signed copy on file, if any (the file itself comes from `processors.getContract`). */
  contractFile: z.object({ sizeBytes: z.number().int(), uploadedAt: z.string() }).nullable(),
  checks: z.array(processorCheck),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProcessorRecord = z.infer<typeof processorRecord>;

/** A processor on the dashboard's alerts (`processors.alerts`): its name and checks only. */
export const processorAlert = z.object({ id: z.uuid(), name: z.string(), checks: z.array(processorCheck) });

export const processorSort = sortOn(['name', 'country', 'status', 'contractReviewOn', 'createdAt', 'id']);

export const processorFilter = z.object({
  q: searchText.optional(),
  status: z.enum(processorStatuses).optional(),
  role: z.enum(processorRoles).optional(),
  country: z.string().trim().toUpperCase().max(2).optional(),
  /** The processors serving this activity. */
  activityId: z.uuid().optional(),
});

/** What the DPO enters; `create` and `update` both take the whole processor. */
export const processorData = z
  .object({
    name: requiredText(200),
    service: requiredText(500),
    role: z.enum(processorRoles).default('processor'),
    parentId: z.preprocess((v) => (v === '' ? null : v), z.uuid().nullable()).default(null),
    country: countryCode,
    adequacyDecision: z.boolean().default(false),
    safeguard: z.enum(transferSafeguards).default('none'),
    safeguardVersion: optionalText(300),
    dataCategories: dataCategoryList,
    purposes: textList,
    activityIds: z.array(z.uuid()).max(100).default([]),
    contractSignedOn: optionalDay,
    contractReviewOn: optionalDay,
    securityMeasures: textList,
    contactName: optionalText(200),
    contactEmail: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
      z.string().trim().toLowerCase().pipe(z.email('Adresse e-mail invalide.').max(254)).nullable(),
    ).default(null),
    contactPhone: optionalText(40),
    status: z.enum(processorStatuses).default('active'),
  })
  .superRefine((data, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (data.role === 'sub_processor' && !data.parentId) issue('parentId', 'Un sous-traitant ultérieur a un sous-traitant principal.');
    if (data.role === 'processor' && data.parentId) issue('parentId', 'Seul un sous-traitant ultérieur a un sous-traitant principal.');
    if (data.safeguard === 'scc' && !data.safeguardVersion) issue('safeguardVersion', 'Précisez la version des clauses contractuelles types.');
    notBefore(context, data.contractSignedOn, data.contractReviewOn, 'contractReviewOn', 'La révision ne peut précéder la signature.');
  });
export type ProcessorData = z.infer<typeof processorData>;
