import { schema } from '@vigie/db';
import { gte, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant, instantOrNull } from '../resources/records.ts';
import { type attendanceFilter, attendanceSort } from './schemas.ts';

const { attendance } = schema;

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
