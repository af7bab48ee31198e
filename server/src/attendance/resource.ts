import { schema } from '@vigie/db';
import { gte, lt } from 'drizzle-orm';
import { z } from 'zod';
import { sortOn } from '../resource-params.ts';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant, instantOrNull } from '../resources/records.ts';

const { attendance } = schema;

/** One session of a contract (émargement): present or not, and when the sheet was signed. */
export const attendanceRecord = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  learnerId: z.uuid(),
  sessionAt: z.string(),
  durationMinutes: z.number().int(),
  present: z.boolean(),
  signedAt: z.string().nullable(),
});

export const attendanceSort = sortOn(['sessionAt', 'durationMinutes', 'present', 'signedAt', 'id']);

export const attendanceFilter = z.object({
  learnerId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  present: z.boolean().optional(),
  /** Sessions from this day on (`YYYY-MM-DD`, UTC). */
  from: z.iso.date().optional(),
  /** Sessions before this day. */
  until: z.iso.date().optional(),
});

const filter: FilterSql<z.infer<typeof attendanceFilter>> = {
  learnerId: equalTo(attendance.learnerId),
  contractId: equalTo(attendance.contractId),
  present: equalTo(attendance.present),
  from: (day) => gte(attendance.sessionAt, new Date(`${day}T00:00:00Z`)),
  until: (day) => lt(attendance.sessionAt, new Date(`${day}T00:00:00Z`)),
};

const fields = {
  id: attendance.id,
  contractId: attendance.contractId,
  learnerId: attendance.learnerId,
  sessionAt: attendance.sessionAt,
  durationMinutes: attendance.durationMinutes,
  present: attendance.present,
  signedAt: attendance.signedAt,
};

export const attendanceReader = defineReader({
  table: attendance,
  id: attendance.id,
  fields,
  toRecord: (row) => ({ ...row, sessionAt: instant(row.sessionAt), signedAt: instantOrNull(row.signedAt) }),
  sort: sortable(fields, attendanceSort.shape.field.options),
  filter,
  references: { learnerId: attendance.learnerId, contractId: attendance.contractId },
  notFound: 'Séance introuvable.',
});
