import { schema } from '@vigie/db';
import { gte, lt } from 'drizzle-orm';
import { z } from 'zod';
import { sortOn } from '../resource-params.ts';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';

const { platformAccessLogs: logs } = schema;

/** A sign-in on the learner platform: IP and browser data, kept six months. */
export const accessLogRecord = z.object({
  id: z.number().int(),
  learnerId: z.uuid(),
  occurredAt: z.string(),
  ip: z.string(),
  browser: z.string(),
  os: z.string(),
  screen: z.string().nullable(),
  referrer: z.string().nullable(),
});

export const accessLogSort = sortOn(['occurredAt', 'ip', 'browser', 'os', 'id']);

export const accessLogFilter = z.object({
  learnerId: z.uuid().optional(),
  /** An exact address: the fraud check looks for the other accounts behind one IP. */
  ip: z.string().trim().max(45).optional(),
  from: z.iso.date().optional(),
  until: z.iso.date().optional(),
});

const filter: FilterSql<z.infer<typeof accessLogFilter>> = {
  learnerId: equalTo(logs.learnerId),
  ip: equalTo(logs.ip),
  from: (day) => gte(logs.occurredAt, new Date(`${day}T00:00:00Z`)),
  until: (day) => lt(logs.occurredAt, new Date(`${day}T00:00:00Z`)),
};

const fields = {
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
  fields,
  toRecord: (row) => ({ ...row, occurredAt: instant(row.occurredAt) }),
  sort: sortable(fields, accessLogSort.shape.field.options),
  filter,
  references: { learnerId: logs.learnerId },
  notFound: 'Connexion introuvable.',
});
