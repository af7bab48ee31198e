import { schema } from '@vigie/db';
import type { z } from 'zod';
import { defineReader, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { type prospectFilter, prospectSort } from './schemas.ts';

const { prospects } = schema;

const filter: FilterSql<z.infer<typeof prospectFilter>> = {
  q: (q) => anyColumnContains([prospects.fullName, prospects.email, prospects.phone, prospects.company], q),
};

const fields = {
  id: prospects.id,
  fullName: prospects.fullName,
  phone: prospects.phone,
  email: prospects.email,
  company: prospects.company,
  need: prospects.need,
  receivedAt: prospects.receivedAt,
  lastContactAt: prospects.lastContactAt,
  newsletterConsent: prospects.newsletterConsent,
};

export const prospectReader = defineReader({
  table: prospects,
  id: prospects.id,
  fields,
  toRecord: (row) => ({ ...row, receivedAt: instant(row.receivedAt), lastContactAt: instant(row.lastContactAt) }),
  sort: sortable(fields, prospectSort.shape.field.options),
  filter,
  references: {},
  notFound: 'Prospect introuvable.',
});
