import { schema } from '@vigie/db';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { type employerFilter, employerSort } from './schemas.ts';

const { employers } = schema;

const filter: FilterSql<z.infer<typeof employerFilter>> = {
  q: (q) => anyColumnContains([employers.name, employers.siret, employers.city], q),
  sector: equalTo(employers.sector),
  city: equalTo(employers.city),
};

const fields = {
  id: employers.id,
  name: employers.name,
  siret: employers.siret,
  sector: employers.sector,
  city: employers.city,
  createdAt: employers.createdAt,
};

export const employerReader = defineReader({
  table: employers,
  id: employers.id,
  fields,
  toRecord: (row) => ({ ...row, createdAt: instant(row.createdAt) }),
  sort: sortable(fields, employerSort.shape.field.options),
  filter,
  references: {},
  notFound: 'Employeur introuvable.',
});
