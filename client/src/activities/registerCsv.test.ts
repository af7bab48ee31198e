import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n.ts';
import type { Activity, Register, RegisterProcessor } from './Activity.ts';
import { registerCsv } from './registerCsv.ts';

const translate = (key: string, options?: object) => i18nProvider.translate(key, options);

const activity = (id: string, name: string, over: Partial<Activity> = {}): Activity => ({
  id,
  name,
  purpose: 'Analyser l’activité du site',
  legalBasis: 'legitimate_interest',
  legitimateInterest: 'L’analyse du comportement des utilisateurs',
  subjectCategories: ['website_visitor'],
  dataCategories: ['access_log'],
  internalRecipients: ['management'],
  employerRecipient: false,
  processorIds: [],
  retention: [{ category: 'access_log', period: 14, unit: 'months', startsAt: 'collection' }],
  securityMeasures: ['Anonymisation de l’adresse IP'],
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-02-05T10:00:00.000Z',
  ...over,
});

const google = {
  id: '00000000-0000-4000-8000-00000000000g',
  name: 'Google (Google Analytics)',
  country: 'US',
  euEea: false,
  adequacyDecision: false,
  safeguard: 'scc',
  safeguardVersion: '2021/914, module 2',
  contactName: 'Jeanne Contact',
  contactEmail: 'jeanne.contact@example.test',
  contactPhone: '+1 650 000 0000',
} as RegisterProcessor;

const register = {
  controller: { name: 'FLEX INSTITUTE SARL', address: '-', registration: '-', dpo: { title: '-', address: '-', email: '-' } },
  generatedAt: '2026-03-01T10:00:00.000Z',
  activities: [
    activity('00000000-0000-4000-8000-000000000001', 'Mesure d’audience', { processorIds: [google.id] }),
    activity('00000000-0000-4000-8000-000000000002', 'Service client; "prioritaire"', {
      legalBasis: 'contract',
      legitimateInterest: null,
      retention: [{ category: 'access_log', period: 0, unit: 'months', startsAt: 'contract_end', note: 'fin du contrat' }],
    }),
  ],
  data: [google],
} as Register;

describe('registerCsv', () => {
  const csv = registerCsv(register, { translate, locale: 'fr' });
  const lines = csv.trimEnd().split('\r\n');

  it('has a header and one line per activity, every activity included', () => {
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Activité;Finalité;Base légale');
    expect(lines[1]).toMatch(/^\uFEFF?Mesure d’audience;/);
    expect(lines[2]).toMatch(/^"Service client; ""prioritaire""";/);
  });

  it('writes the structured data out in French: basis, retention, transfer and its safeguard', () => {
    expect(lines[1]).toContain('Intérêt légitime – art. 6(1)(f)');
    expect(lines[1]).toContain("Journaux d'accès : 14 mois après la collecte");
    expect(lines[1]).toContain('Google (Google Analytics) (US) – Clauses contractuelles types – 2021/914, module 2');
    expect(lines[2]).toContain("Journaux d'accès : 0 mois après la fin du contrat (fin du contrat)");
  });

  it("holds no processor's contact person", () => {
    expect(csv).not.toMatch(/Jeanne|jeanne\.contact|650/);
  });
});
