import { z } from 'zod';
import { revealable } from '../audit/withholding.ts';
import { sortOn } from '../resource-params.ts';

/** A sign-in on the learner platform: IP and browser data, kept six months, revealed to fraud cases. */
export const accessLogRecord = z.object({
  id: z.number().int(),
  learnerId: z.uuid(),
  occurredAt: revealable(z.string()),
  ip: revealable(z.string()),
  browser: revealable(z.string()),
  os: revealable(z.string()),
  screen: revealable(z.string().nullable()),
  referrer: revealable(z.string().nullable()),
});

export const accessLogSort = sortOn(['occurredAt', 'ip', 'browser', 'os', 'id']);

export const accessLogFilter = z.object({
  learnerId: z.uuid().optional(),
  /** An exact address: the fraud check looks for the other accounts behind one IP. */
  ip: z.string().trim().max(45).optional(),
  from: z.iso.date().optional(),
  until: z.iso.date().optional(),
});
