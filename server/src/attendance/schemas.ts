import { z } from 'zod';
import { revealable } from '../audit/withholding.ts';
import { sortOn } from '../resource-params.ts';

/** One session of a contract (émargement): present or not, and when the sheet was signed. */
export const attendanceRecord = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  learnerId: z.uuid(),
  sessionAt: revealable(z.string()),
  durationMinutes: revealable(z.number().int()),
  present: revealable(z.boolean()),
  signedAt: revealable(z.string().nullable()),
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
