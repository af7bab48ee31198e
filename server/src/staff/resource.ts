import { schema } from '@vigie/db';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { type StaffRecord, type staffFilter, staffSort } from './schemas.ts';

const { staffUsers } = schema;

const fields = {
  id: staffUsers.id,
  email: staffUsers.email,
  displayName: staffUsers.displayName,
  role: staffUsers.role,
  disabled: staffUsers.disabled,
  createdAt: staffUsers.createdAt,
  updatedAt: staffUsers.updatedAt,
};

const filter: FilterSql<z.infer<typeof staffFilter>> = {
  q: (q) => anyColumnContains([staffUsers.displayName, staffUsers.email], q),
  role: equalTo(staffUsers.role),
  disabled: equalTo(staffUsers.disabled),
};

/** Staff accounts, for the admins who keep them: never the password hash. */
export const staffReader = defineReader({
  table: staffUsers,
  id: staffUsers.id,
  fields,
  toRecord: (row): StaffRecord => ({ ...row, createdAt: instant(row.createdAt), updatedAt: instant(row.updatedAt) }),
  sort: sortable(fields, staffSort.shape.field.options),
  filter,
  references: { role: (role) => equalTo(staffUsers.role)(role) },
  notFound: 'Compte introuvable.',
});
