import type { PersonalDataCategory } from '@vigie/db';
import type { RetentionRule } from '@vigie/db/schema';

/** The dates a learner's retention periods run from (`null`: the event has not happened). */
export interface RetentionFacts {
  collection: string;
  contract_end: string | null;
  last_exchange: string | null;
  consent_withdrawal: string | null;
}

export interface LegalHold {
  reason: string;
  until: string;
}

/** A ground that keeps some fields of a category only, the rest of it going. */
export interface FieldsKept {
  fields: string[];
  ground: string;
  until: string;
  activity: string;
}

export type CategoryDecision =
  | { category: PersonalDataCategory; action: 'erase'; keptFields?: FieldsKept[] }
  | { category: PersonalDataCategory; action: 'keep'; ground: string; until: string; activity: string };

/** `YYYY-MM-DD` plus a period, with month ends clamped (31 Jan + 1 month = 28/29 Feb). */
export function addPeriod(day: string, period: number, unit: RetentionRule['unit']): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (unit === 'days') return new Date(Date.UTC(y, m - 1, d + period)).toISOString().slice(0, 10);
  const months = unit === 'years' ? period * 12 : period;
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/**
 * What an erasure (Art. 17) does to each category: kept while a legal hold runs (Art. 17(3)(e)), or
 * while a retention rule with a legal ground has not run out (Art. 17(3)(b)): whichever runs longest
 * wins; erased otherwise. A ground that covers some fields only keeps those (`keptFields`), and one that
 * keeps only anonymised results keeps nothing of the person. Rules without a ground only say how long
 * the purpose needs the data, which the request itself ends. A contract's end is its planned end date.
 */
export function planErasure(input: {
  categories: readonly PersonalDataCategory[];
  rules: readonly (RetentionRule & { activity: string })[];
  facts: RetentionFacts;
  hold: LegalHold | null;
  today: string;
}): CategoryDecision[] {
  const { facts, hold, today } = input;
  const held = hold && hold.until >= today ? hold : null;
  const running = (rule: RetentionRule) => {
    const start = facts[rule.startsAt];
    const until = start ? addPeriod(start, rule.period, rule.unit) : null;
    return until && until >= today ? until : null;
  };
  return input.categories.map((category): CategoryDecision => {
    let kept: Extract<CategoryDecision, { action: 'keep' }> | undefined;
    const keptFields: FieldsKept[] = [];
    for (const rule of input.rules) {
      if (rule.category !== category || !rule.note || rule.anonymised) continue;
      const until = running(rule);
      if (!until) continue;
      if (rule.fields?.length) keptFields.push({ fields: rule.fields, ground: rule.note, until, activity: rule.activity });
      else if (!kept || until > kept.until) kept = { category, action: 'keep', ground: rule.note, until, activity: rule.activity };
    }
    // A hold keeps everything at least until it ends; a legal ground that runs longer still wins.
    if (held && !(kept && kept.until > held.until)) {
      return { category, action: 'keep', ground: held.reason, until: held.until, activity: 'legal_hold' };
    }
    return kept ?? (keptFields.length ? { category, action: 'erase', keptFields } : { category, action: 'erase' });
  });
}

/** The ground keeping one field of an erased category, if a field-scoped rule covers it. */
export const fieldKeptBy = (decision: CategoryDecision | undefined, field: string): FieldsKept | undefined =>
  decision?.action === 'erase' ? decision.keptFields?.find((k) => k.fields.includes(field)) : undefined;
