import { z } from 'zod';
import { reason } from '../learner-decisions/schemas.ts';

export const investigationInput = z.object({ learnerId: z.uuid() });
export const revealInput = z.object({ learnerId: z.uuid(), reason });
/** An address or its start ("203.0.113." finds the whole network); only what an IP address is made of. */
export const ipSearchInput = z.object({
  ip: z
    .string('Obligatoire.')
    .trim()
    .regex(/^[0-9a-fA-F.:]{3,45}$/, 'Adresse IP ou début d’adresse (chiffres, points, deux-points ; 3 caractères au moins).'),
});

const signIn = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  ip: z.string(),
  browser: z.string(),
  os: z.string(),
  screen: z.string().nullable(),
  referrer: z.string().nullable(),
});

const seen = { count: z.number().int(), firstSeen: z.string(), lastSeen: z.string() };

/** The learner's sign-ins within the window, what they came from, and how many others share an address. */
export const investigationRecord = z.object({
  learnerId: z.uuid(),
  since: z.string(),
  lastIp: z.string().nullable(),
  lastSeen: z.string().nullable(),
  signIns: z.array(signIn),
  ips: z.array(z.object({ ip: z.string(), ...seen })),
  devices: z.array(z.object({ browser: z.string(), os: z.string(), ...seen })),
  /** Other learners seen from the same addresses, unnamed until a reveal ("Stagiaire A"...). */
  others: z.object({ count: z.number().int(), labels: z.array(z.object({ label: z.string(), sharedIps: z.number().int() })) }),
});
export type InvestigationRecord = z.infer<typeof investigationRecord>;

export const revealedLearner = z.object({
  label: z.string(),
  learnerId: z.uuid(),
  lastName: z.string(),
  firstName: z.string(),
  email: z.string(),
  sharedIps: z.array(z.string()),
  firstSeen: z.string(),
  lastSeen: z.string(),
});

export const ipSearchRecord = signIn.extend({ learnerId: z.uuid(), lastName: z.string(), firstName: z.string() });

export const investigationExport = z.object({ filename: z.string(), csv: z.string() });
