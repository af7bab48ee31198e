import { schema } from '@vigie/db';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { type employerContactFilter, employerContactSort } from './schemas.ts';

const { employerContacts: contacts } = schema;

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
