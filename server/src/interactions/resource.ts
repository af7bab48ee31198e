import { schema } from '@vigie/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { type interactionFilter, interactionSort } from './schemas.ts';

const { interactions, staffUsers } = schema;

const filter: FilterSql<z.infer<typeof interactionFilter>> = {
  learnerId: equalTo(interactions.learnerId),
  staffId: equalTo(interactions.staffId),
  channel: equalTo(interactions.channel),
};

// Agents may not read staff accounts (`staff` is admin-only): the name comes with the interaction.
const staffName = sql<string>`(select ${staffUsers.displayName} from ${staffUsers}
  where ${staffUsers.id} = ${interactions.staffId})`;

const fields = {
  id: interactions.id,
  learnerId: interactions.learnerId,
  staffId: interactions.staffId,
  staffName,
  channel: interactions.channel,
  summary: interactions.summary,
  occurredAt: interactions.occurredAt,
};

export const interactionReader = defineReader({
  table: interactions,
  id: interactions.id,
  fields,
  toRecord: (row) => ({ ...row, occurredAt: instant(row.occurredAt) }),
  sort: sortable(fields, interactionSort.shape.field.options),
  filter,
  references: { learnerId: interactions.learnerId },
  notFound: 'Échange introuvable.',
});
