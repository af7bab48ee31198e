import { schema } from '@vigie/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { type activityFilter, type ActivityRecord, activitySort } from './schemas.ts';

const { activities, activityProcessors: links } = schema;

const servedBy = (processorId: string) =>
  sql`exists (select 1 from ${links} where ${links.activityId} = ${activities.id} and ${links.processorId} = ${processorId})`;

const filter: FilterSql<z.infer<typeof activityFilter>> = {
  q: (q) => anyColumnContains([activities.name, activities.purpose], q),
  legalBasis: equalTo(activities.legalBasis),
  processorId: servedBy,
};

const fields = {
  id: activities.id,
  name: activities.name,
  purpose: activities.purpose,
  legalBasis: activities.legalBasis,
  legitimateInterest: activities.legitimateInterest,
  subjectCategories: activities.subjectCategories,
  dataCategories: activities.dataCategories,
  internalRecipients: activities.internalRecipients,
  employerRecipient: activities.employerRecipient,
  processorIds: sql<string[]>`coalesce((select array_agg(${links.processorId}::text order by ${links.processorId}) from ${links} where ${links.activityId} = ${activities.id}), '{}')`,
  retention: activities.retention,
  securityMeasures: activities.securityMeasures,
  createdAt: activities.createdAt,
  updatedAt: activities.updatedAt,
};

export const activityReader = defineReader({
  table: activities,
  id: activities.id,
  fields,
  toRecord: (row): ActivityRecord => ({ ...row, createdAt: instant(row.createdAt), updatedAt: instant(row.updatedAt) }),
  sort: sortable(fields, activitySort.shape.field.options),
  filter,
  references: { processorId: servedBy },
  notFound: 'Traitement introuvable.',
});
