import { type Database, schema } from '@vigie/db';
import type { RetentionRule } from '@vigie/db/schema';
import { asc, eq } from 'drizzle-orm';
import type { retentionPolicyCodes, retentionUnits } from '@vigie/domain/enums';

const { activities, retentionPolicies } = schema;

export type PolicyCode = (typeof retentionPolicyCodes)[number];

/** A policy as the engine applies it: its period, and where that period comes from. */
export interface Policy {
  code: PolicyCode;
  enabled: boolean;
  period: number;
  unit: (typeof retentionUnits)[number];
  startsAt: RetentionRule['startsAt'] | null;
  /** The register's activity the rule belongs to (null: the policy's own period). */
  activity: { id: string; name: string } | null;
  category: string | null;
  note: string | null;
  /** Set when the register holds no rule for the policy's category: the policy cannot run. */
  missing: boolean;
}

/** `at` moved back by a period, month ends clamped (31 Aug - 6 months = 28/29 Feb). */
export function before(at: Date, period: number, unit: Policy['unit']): Date {
  if (unit === 'days') return new Date(at.getTime() - period * 86_400_000);
  const months = unit === 'years' ? period * 12 : period;
  const back = new Date(at.getTime());
  const day = back.getUTCDate();
  back.setUTCDate(1);
  back.setUTCMonth(back.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  back.setUTCDate(Math.min(day, lastDay));
  return back;
}

/**
 * The policies in order, each with its period read from the register's activity where it has one:
 * the same rules an erasure's plan reads, so the two never disagree.
 */
export async function loadPolicies(db: Database): Promise<Policy[]> {
  const rows = await db
    .select({ policy: retentionPolicies, activityName: activities.name, rules: activities.retention })
    .from(retentionPolicies)
    .leftJoin(activities, eq(activities.id, retentionPolicies.activityId))
    .orderBy(asc(retentionPolicies.position));
  return rows.map(({ policy, activityName, rules }): Policy => {
    const activity = policy.activityId && activityName ? { id: policy.activityId, name: activityName } : null;
    const base = { code: policy.code, enabled: policy.enabled, activity, category: policy.category };
    if (!policy.activityId) {
      return { ...base, period: policy.period ?? 0, unit: policy.unit ?? 'days', startsAt: null, note: null, missing: false };
    }
    const rule = (rules ?? []).find((r) => r.category === policy.category);
    if (!rule) return { ...base, period: 0, unit: 'days', startsAt: null, note: null, missing: true };
    return { ...base, period: rule.period, unit: rule.unit, startsAt: rule.startsAt, note: rule.note ?? null, missing: false };
  });
}
