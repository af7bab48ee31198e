import { schema } from '@vigie/db';
import { z } from 'zod';
import { sortOn } from '../resource-params.ts';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains, searchText } from '../resources/search.ts';

const { employers } = schema;

/** A company that buys training: a legal person, not personal data. */
export const employerRecord = z.object({
  id: z.uuid(),
  name: z.string(),
  siret: z.string(),
  sector: z.string(),
  city: z.string(),
  createdAt: z.string(),
});

export const employerSort = sortOn(['name', 'siret', 'sector', 'city', 'createdAt', 'id']);

export const employerFilter = z.object({
  /** Part of the name, SIRET or city. */
  q: searchText.optional(),
  sector: z.string().trim().max(100).optional(),
  city: z.string().trim().max(100).optional(),
});

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
