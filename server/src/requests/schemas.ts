import { staffRoles } from '@vigie/domain/roles';
import { z } from 'zod';
import {
  identityMethods,
  learnerStatuses,
  objectionProcessings,
  rejectionGrounds,
  requestChannels,
  requestEventKinds,
  requestStatuses,
  requestTypes,
} from '@vigie/domain/enums';
import { sortOn } from '../resource-params.ts';
import { emailAddress, emptyToNull, optionalText, personName } from '../resources/inputs.ts';

const isoDate = z.iso.date('Date attendue au format AAAA-MM-JJ.');
const uuidOrNull = z.preprocess(emptyToNull, z.uuid().nullable());

/** A request as lists and the show page see it; staff names come along (agents cannot read `staff`). */
export const requestRecord = z.object({
  id: z.uuid(),
  types: z.array(z.enum(requestTypes)),
  receivedAt: z.iso.date(),
  dueAt: z.iso.date(),
  status: z.enum(requestStatuses),
  channel: z.enum(requestChannels),
  requesterName: z.string(),
  requesterEmail: z.string().nullable(),
  requesterContact: z.string().nullable(),
  description: z.string().nullable(),
  learnerId: z.uuid().nullable(),
  /** Whether that learner's processing is restricted now (Art. 18), for the restrict/lift step. */
  learnerRestricted: z.boolean(),
  erasureExecutedAt: z.string().nullable(),
  assigneeId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  identityMethod: z.enum(identityMethods).nullable(),
  identityCheckedBy: z.uuid().nullable(),
  identityCheckedByName: z.string().nullable(),
  identityCheckedAt: z.string().nullable(),
  extensionReason: z.string().nullable(),
  extensionToldOn: z.iso.date().nullable(),
  originalDueAt: z.iso.date().nullable(),
  rejectionGround: z.enum(rejectionGrounds).nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RequestRecord = z.infer<typeof requestRecord>;

export const requestSort = sortOn(['dueAt', 'receivedAt', 'status', 'requesterName', 'createdAt', 'id']);

export const requestFilter = z.object({
  status: z.enum(requestStatuses).optional(),
  /** Still to answer (received, awaiting identity, in progress, extended). */
  open: z.boolean().optional(),
  type: z.enum(requestTypes).optional(),
  assigneeId: z.uuid().optional(),
  learnerId: z.uuid().optional(),
  dueBefore: isoDate.optional(),
  dueAfter: isoDate.optional(),
  /** Open and past its due date (Paris time). */
  late: z.boolean().optional(),
  /** Open and due within the next 7 days, today included. */
  dueSoon: z.boolean().optional(),
});
export type RequestFilter = z.infer<typeof requestFilter>;

const types = z
  .array(z.enum(requestTypes))
  .min(1, 'Au moins un droit exercé.')
  .max(requestTypes.length)
  .refine((list) => new Set(list).size === list.length, 'Droit en double.');

/** What the agent records at receipt; the due date and status are the server's to set. */
export const requestCreateData = z.object({
  types,
  receivedAt: isoDate,
  channel: z.enum(requestChannels),
  requesterName: personName,
  requesterEmail: z.preprocess(emptyToNull, emailAddress.nullable()).optional(),
  requesterContact: optionalText(500).optional(),
  description: optionalText(4000).optional(),
  learnerId: uuidOrNull.optional(),
  assigneeId: uuidOrNull.optional(),
});
export type RequestCreateData = z.infer<typeof requestCreateData>;

/** Staff correct who handles the request, which learner it concerns and what was asked. */
export const requestUpdateData = requestCreateData
  .pick({ learnerId: true, assigneeId: true, description: true, requesterEmail: true, requesterContact: true })
  .partial();
export type RequestUpdateData = z.infer<typeof requestUpdateData>;

const note = z.string().trim().min(1, 'Obligatoire.').max(4000);
const optionalNote = optionalText(4000).optional();
const requestId = z.uuid();

export const verifyIdentityInput = z.object({ id: requestId, method: z.enum(identityMethods), note: optionalNote });
export const awaitIdentityInput = z.object({ id: requestId, note: optionalNote });
export const extendInput = z.object({ id: requestId, reason: note, toldOn: isoDate });
export const rejectInput = z.object({ id: requestId, ground: z.enum(rejectionGrounds), note: optionalNote });
export const closeInput = z.object({ id: requestId, note: optionalNote });
/** A note, or a document received or sent (its name and kind only: the file stays where it is kept). */
export const addNoteInput = z.object({
  id: requestId,
  note,
  document: z.object({ name: z.string().trim().min(1).max(200), kind: z.string().trim().max(100).optional() }).optional(),
});
export const objectionInput = z.object({ id: requestId, processing: z.enum(objectionProcessings), note: optionalNote });

export const requestEventRecord = z.object({
  id: z.number().int(),
  requestId: z.uuid(),
  learnerId: z.uuid().nullable(),
  occurredAt: z.string(),
  staffId: z.uuid(),
  staffName: z.string(),
  kind: z.enum(requestEventKinds),
  statusFrom: z.enum(requestStatuses).nullable(),
  statusTo: z.enum(requestStatuses).nullable(),
  note: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type RequestEventRecord = z.infer<typeof requestEventRecord>;

/** A learner the request may concern, and why the server thinks so. */
export const learnerSuggestion = z.object({
  id: z.uuid(),
  lastName: z.string(),
  firstName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  status: z.enum(learnerStatuses),
  matchedOn: z.array(z.enum(['email', 'name'])),
});

export const assigneeRecord = z.object({ id: z.uuid(), displayName: z.string(), role: z.enum(staffRoles) });
