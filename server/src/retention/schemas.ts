import { z } from 'zod';
import { retentionEvents, retentionPolicyCodes, retentionRunStatuses, retentionUnits } from '@vigie/domain/enums';

export const policyResult = z.object({
  code: z.enum(retentionPolicyCodes),
  cutoff: z.string().nullable(),
  gone: z.number().int(),
  kept: z.array(z.object({ ground: z.string(), count: z.number().int() })),
  skipped: z.string().optional(),
  checkpoint: z.string().optional(),
});

export const policyRecord = z.object({
  id: z.enum(retentionPolicyCodes),
  enabled: z.boolean(),
  period: z.number().int(),
  unit: z.enum(retentionUnits),
  startsAt: z.enum(retentionEvents).nullable(),
  activity: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  category: z.string().nullable(),
  /** The register's legal ground for the period, where it states one. */
  ground: z.string().nullable(),
  missing: z.boolean(),
});

export const runRecord = z.object({
  id: z.uuid(),
  dryRun: z.boolean(),
  trigger: z.enum(['job', 'staff', 'cli']),
  startedBy: z.uuid().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  state: z.enum(retentionRunStatuses),
  done: z.number().int(),
  steps: z.number().int(),
  results: z.array(policyResult),
});
export type RunRecord = z.infer<typeof runRecord>;

export const runIdInput = z.object({ id: z.uuid({ error: 'Identifiant de purge invalide.' }) });
