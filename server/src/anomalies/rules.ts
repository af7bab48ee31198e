import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { anomalyRules } from '@vigie/domain/enums';
import { z } from 'zod';

export type AnomalyRule = (typeof anomalyRules)[number];

const count = (max: number) => z.number().int().min(1).max(max);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Heure au format HH:MM');
const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'Fuseau horaire inconnu');

/** Each rule's thresholds, with the defaults of the DPO's brief; the DPO changes them from the console. */
export const ruleSettings = {
  /** More than `maxLearners` distinct learners read by one staff member within `windowMinutes`. */
  bulk_reads: z.object({ maxLearners: count(100_000).default(50), windowMinutes: count(1_440).default(60) }),
  /** Reads outside [start, end) local time, or on a day not in `days` (ISO: 1 = Monday ... 7 = Sunday). */
  off_hours: z
    .object({
      start: clock.default('08:00'),
      end: clock.default('19:00'),
      days: z.array(z.number().int().min(1).max(7)).max(7).default([1, 2, 3, 4, 5]),
      timeZone: timeZone.default('Europe/Paris'),
    })
    .refine((s) => s.start < s.end, { message: 'La fin précède le début', path: ['end'] }),
  /** Reads of a learner who is blocked (fraud) or restricted (GDPR Art. 18). */
  restricted_learner: z.object({}),
  /** Reads under the purpose `other` with no reference to say what it was. */
  other_without_reference: z.object({}),
  /** `attempts` failed sign-ins or more for one account or one IP address within `windowMinutes`. */
  failed_sign_ins: z.object({ attempts: count(1_000).default(5), windowMinutes: count(1_440).default(10) }),
} satisfies Record<AnomalyRule, z.ZodType>;

export type RuleSettings = { [R in AnomalyRule]: z.infer<(typeof ruleSettings)[R]> };

export const ruleRecord = z.object({
  id: z.enum(anomalyRules),
  enabled: z.boolean(),
  settings: z.record(z.string(), z.unknown()),
  updatedAt: z.string().nullable(),
});

/** The settings are checked against the rule's own schema, and a bad one is named by its path. */
export const ruleUpdate = z
  .object({ id: z.enum(anomalyRules), enabled: z.boolean(), settings: z.record(z.string(), z.unknown()) })
  .superRefine((update, ctx) => {
    const parsed = ruleSettings[update.id].safeParse(update.settings);
    for (const issue of parsed.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['settings', ...issue.path] });
    }
  });

export interface Rules {
  enabled: Set<AnomalyRule>;
  settings: RuleSettings;
}

/** The stored settings over the defaults; a stored value that no longer parses falls back to them. */
export async function loadRules(db: Database): Promise<Rules & { records: z.infer<typeof ruleRecord>[] }> {
  const stored = new Map((await db.select().from(schema.anomalyRuleSettings)).map((row) => [row.rule, row]));
  const enabled = new Set<AnomalyRule>();
  const settings = {} as Record<AnomalyRule, unknown>;
  const records = anomalyRules.map((id) => {
    const row = stored.get(id);
    const parsed = ruleSettings[id].safeParse(row?.settings ?? {});
    settings[id] = parsed.success ? parsed.data : ruleSettings[id].parse({});
    if (row?.enabled ?? true) enabled.add(id);
    return { id, enabled: row?.enabled ?? true, settings: settings[id] as Record<string, unknown>, updatedAt: row?.updatedAt.toISOString() ?? null };
  });
  return { enabled, settings: settings as RuleSettings, records };
}

export async function saveRule(db: Database, staffId: string, update: z.infer<typeof ruleUpdate>) {
  const settings: Record<string, unknown> = ruleSettings[update.id].parse(update.settings);
  const values = { enabled: update.enabled, settings, updatedAt: new Date(), updatedBy: staffId };
  await db
    .insert(schema.anomalyRuleSettings)
    .values({ rule: update.id, ...values })
    .onConflictDoUpdate({ target: schema.anomalyRuleSettings.rule, set: values });
}
