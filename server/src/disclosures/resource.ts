import { schema } from '@vigie/db';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { type disclosureFilter, disclosureSort } from './schemas.ts';

const { disclosures } = schema;

const filter: FilterSql<z.infer<typeof disclosureFilter>> = {
  q: (q) => anyColumnContains([disclosures.authority, disclosures.reference], q),
  decision: equalTo(disclosures.decision),
};

const fields = {
  id: disclosures.id,
  authority: disclosures.authority,
  reference: disclosures.reference,
  legalBasis: disclosures.legalBasis,
  receivedOn: disclosures.receivedOn,
  learnerIds: disclosures.learnerIds,
  dataCategories: disclosures.dataCategories,
  decision: disclosures.decision,
  decidedBy: disclosures.decidedBy,
  disclosedOn: disclosures.disclosedOn,
  notes: disclosures.notes,
  createdAt: disclosures.createdAt,
  updatedAt: disclosures.updatedAt,
};

export const disclosureReader = defineReader({
  table: disclosures,
  id: disclosures.id,
  fields,
  toRecord: (row) => ({ ...row, createdAt: instant(row.createdAt), updatedAt: instant(row.updatedAt) }),
  sort: sortable(fields, disclosureSort.shape.field.options),
  filter,
  references: {},
  notFound: 'Demande introuvable.',
});
