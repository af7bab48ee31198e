import { describe, expect, it } from 'vitest';
import type { RetentionRule } from '@vigie/db/schema';
import { addPeriod, planErasure, type RetentionFacts } from './plan.ts';

const accounting = 'Pièces comptables : code de commerce, art. L123-22';
const rules = [
  { activity: 'Réalisation des formations', category: 'identity', period: 0, unit: 'months', startsAt: 'contract_end' },
  { activity: 'Gestion des contrats', category: 'identity', period: 10, unit: 'years', startsAt: 'contract_end', note: accounting },
  { activity: 'Gestion des contrats', category: 'contract', period: 10, unit: 'years', startsAt: 'contract_end', note: accounting },
  { activity: 'Sécurité', category: 'access_log', period: 6, unit: 'months', startsAt: 'collection', note: 'Journaux : six mois' },
] as const;
const facts: RetentionFacts = { collection: '2026-01-10', contract_end: '2026-06-30', last_exchange: null, consent_withdrawal: null };
const categories = ['identity', 'contact', 'contract', 'access_log'] as const;

describe('addPeriod', () => {
  it('adds calendar periods, clamping month ends', () => {
    expect(addPeriod('2026-06-30', 10, 'years')).toBe('2036-06-30');
    expect(addPeriod('2026-01-31', 1, 'months')).toBe('2026-02-28');
    expect(addPeriod('2028-02-29', 1, 'years')).toBe('2029-02-28');
    expect(addPeriod('2026-12-25', 10, 'days')).toBe('2027-01-04');
  });
});

describe('planErasure', () => {
  it('keeps what a legal ground still covers, until when and why; erases the rest', () => {
    expect(planErasure({ categories, rules, facts, hold: null, today: '2026-11-26' })).toEqual([
      { category: 'identity', action: 'keep', ground: accounting, until: '2036-06-30', activity: 'Gestion des contrats' },
      { category: 'contact', action: 'erase' },
      { category: 'contract', action: 'keep', ground: accounting, until: '2036-06-30', activity: 'Gestion des contrats' },
      { category: 'access_log', action: 'erase' },
    ]);
  });

  it('keeps until the last day of the period, erases the day after', () => {
    const logs = (today: string) => planErasure({ categories: ['access_log'], rules, facts, hold: null, today })[0]?.action;
    expect(logs('2026-07-10')).toBe('keep');
    expect(logs('2026-07-11')).toBe('erase');
  });

  it('erases everything without a contract, since no contract ground applies', () => {
    const none = { ...facts, contract_end: null, collection: '2025-01-01' };
    const plan = planErasure({ categories, rules, facts: none, hold: null, today: '2026-11-26' });
    expect(plan.every((d) => d.action === 'erase')).toBe(true);
  });

  it('keeps everything while a legal hold runs, then applies the rules', () => {
    const hold = { reason: 'Suspicion de fraude : conservation pour établir les faits', until: '2027-03-31' };
    const held = planErasure({ categories, rules, facts, hold, today: '2026-11-26' });
    expect(held.map((d) => [d.action, d.action === 'keep' && d.activity, d.action === 'keep' && d.until])).toEqual([
      // The accounts' ten years outlast the hold.
      ['keep', 'Gestion des contrats', '2036-06-30'],
      ['keep', 'legal_hold', '2027-03-31'],
      ['keep', 'Gestion des contrats', '2036-06-30'],
      ['keep', 'legal_hold', '2027-03-31'],
    ]);
    const after = planErasure({ categories, rules, facts, hold, today: '2027-04-01' });
    expect(after.map((d) => d.action)).toEqual(['keep', 'erase', 'keep', 'erase']);
  });

  it('a ground covering some fields keeps those only; an anonymised-results rule keeps nothing of the person', () => {
    const objection = 'L’opposition du stagiaire aux visites est conservée jusqu’à la fin du contrat';
    const scoped: (RetentionRule & { activity: string })[] = [
      { activity: 'Visites', category: 'profile', period: 0, unit: 'months', startsAt: 'contract_end', note: objection, fields: ['objectsToQualityVisits'] },
      { activity: 'Statistiques', category: 'pedagogical', period: 0, unit: 'months', startsAt: 'contract_end', note: 'Seuls les résultats anonymisés sont conservés', anonymised: true },
    ];
    const running = { ...facts, contract_end: '2027-04-09' };
    expect(planErasure({ categories: ['profile', 'pedagogical'], rules: scoped, facts: running, hold: null, today: '2026-11-26' })).toEqual([
      { category: 'profile', action: 'erase', keptFields: [{ fields: ['objectsToQualityVisits'], ground: objection, until: '2027-04-09', activity: 'Visites' }] },
      { category: 'pedagogical', action: 'erase' },
    ]);
  });
});
