import { schema } from '@vigie/db';
import { gte, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { type accessLogFilter, accessLogSort } from './schemas.ts';

const { platformAccessLogs: logs } = schema;

const filter: FilterSql<z.infer<typeof accessLogFilter>> = {
  learnerId: equalTo(logs.learnerId),
  ip: equalTo(logs.ip),
  from: (day) => gte(logs.occurredAt, new Date(`${day}T00:00:00Z`)),
  until: (day) => lt(logs.occurredAt, new Date(`${day}T00:00:00Z`)),
};

/** A sign-in as it leaves, read by its columns only (the retention engine partitions this table by month). */
export const signInFields = {
  id: logs.id,
  learnerId: logs.learnerId,
  occurredAt: logs.occurredAt,
  ip: logs.ip,
  browser: logs.browser,
  os: logs.os,
  screen: logs.screen,
  referrer: logs.referrer,
};

export const accessLogReader = defineReader({
  table: logs,
  id: logs.id,
  fields: signInFields,
  toRecord: (row) => ({ ...row, occurredAt: instant(row.occurredAt) }),
  sort: sortable(signInFields, accessLogSort.shape.field.options),
  filter,
  references: { learnerId: logs.learnerId },
  notFound: 'Connexion introuvable.',
});
