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

export type CategoryDecision =
  | { category: PersonalDataCategory; action: 'erase' }
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
 * wins; erased otherwise. Rules without a ground only say how long the purpose needs the data, which
 * the request itself ends. A contract's end is its planned end date, passed or not.
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
  return input.categories.map((category): CategoryDecision => {
    let kept: CategoryDecision | undefined;
    for (const rule of input.rules) {
      if (rule.category !== category || !rule.note) continue;
      const start = facts[rule.startsAt];
      if (!start) continue;
      const until = addPeriod(start, rule.period, rule.unit);
      if (until < today) continue;
      if (!kept || (kept.action === 'keep' && until > kept.until)) {
        kept = { category, action: 'keep', ground: rule.note, until, activity: rule.activity };
      }
    }
    // A hold keeps everything at least until it ends; a legal ground that runs longer still wins.
    if (held && !(kept?.action === 'keep' && kept.until > held.until)) {
      return { category, action: 'keep', ground: held.reason, until: held.until, activity: 'legal_hold' };
    }
    return kept ?? { category, action: 'erase' };
  });
}
