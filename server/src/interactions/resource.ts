import { schema } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { interactionChannels } from '@vigie/domain/enums';
import { sortOn } from '../resource-params.ts';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';

const { interactions, staffUsers } = schema;

/** A contact with the service desk and what was said, with the colleague who handled it. */
export const interactionRecord = z.object({
  id: z.uuid(),
  learnerId: z.uuid(),
  staffId: z.uuid(),
  staffName: z.string(),
  channel: z.enum(interactionChannels),
  summary: z.string(),
  occurredAt: z.string(),
});

export const interactionSort = sortOn(['occurredAt', 'channel', 'id']);

export const interactionFilter = z.object({
  learnerId: z.uuid().optional(),
  staffId: z.uuid().optional(),
  channel: z.enum(interactionChannels).optional(),
});

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
