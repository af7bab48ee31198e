import { z } from 'zod';
import { employerContactRoles } from '@vigie/domain/enums';
import { revealable } from '../audit/withholding.ts';
import { sortOn } from '../resource-params.ts';
import { emailAddress, personName, phoneNumber } from '../resources/inputs.ts';
import { searchText } from '../resources/search.ts';

/** The employer's HR, supervisors and sponsors: data subjects themselves. */
export const employerContactRecord = z.object({
  id: z.uuid(),
  employerId: z.uuid(),
  lastName: revealable(z.string()),
  firstName: revealable(z.string()),
  email: revealable(z.string()),
  phone: revealable(z.string().nullable()),
  role: revealable(z.enum(employerContactRoles)),
  createdAt: z.string(),
});

export const employerContactSort = sortOn(['lastName', 'firstName', 'email', 'role', 'createdAt', 'id']);

export const employerContactFilter = z.object({
  q: searchText.optional(),
  employerId: z.uuid().optional(),
  role: z.enum(employerContactRoles).optional(),
});

/** An employer's HR contact, supervisor or sponsor asks to have their details corrected. */
export const employerContactUpdateData = z
  .object({
    lastName: personName,
    firstName: personName,
    email: emailAddress,
    phone: phoneNumber,
    role: z.enum(employerContactRoles),
  })
  .partial();
export type EmployerContactUpdateData = z.infer<typeof employerContactUpdateData>;
