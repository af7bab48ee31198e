import { schema } from '@vigie/db';
import { z } from 'zod';
import { employerContactRoles } from '@vigie/domain/enums';
import { sortOn } from '../resource-params.ts';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains, searchText } from '../resources/search.ts';

const { employerContacts: contacts } = schema;

/** The employer's HR, supervisors and sponsors: data subjects themselves. */
export const employerContactRecord = z.object({
  id: z.uuid(),
  employerId: z.uuid(),
  lastName: z.string(),
  firstName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  role: z.enum(employerContactRoles),
  createdAt: z.string(),
});

export const employerContactSort = sortOn(['lastName', 'firstName', 'email', 'role', 'createdAt', 'id']);

export const employerContactFilter = z.object({
  q: searchText.optional(),
  employerId: z.uuid().optional(),
  role: z.enum(employerContactRoles).optional(),
});

const filter: FilterSql<z.infer<typeof employerContactFilter>> = {
  q: (q) => anyColumnContains([contacts.lastName, contacts.firstName, contacts.email], q),
  employerId: equalTo(contacts.employerId),
  role: equalTo(contacts.role),
};

const fields = {
  id: contacts.id,
  employerId: contacts.employerId,
  lastName: contacts.lastName,
  firstName: contacts.firstName,
  email: contacts.email,
  phone: contacts.phone,
  role: contacts.role,
  createdAt: contacts.createdAt,
};

export const employerContactReader = defineReader({
  table: contacts,
  id: contacts.id,
  fields,
  toRecord: (row) => ({ ...row, createdAt: instant(row.createdAt) }),
  sort: {
    ...sortable(fields, employerContactSort.shape.field.options),
    lastName: [contacts.lastName, contacts.firstName],
    firstName: [contacts.firstName, contacts.lastName],
  },
  filter,
  references: { employerId: contacts.employerId },
  notFound: 'Interlocuteur introuvable.',
});
