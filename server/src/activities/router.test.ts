import { randomUUID } from 'node:crypto';
import { schema } from '@vigie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';
import type { ActivityData } from './schemas.ts';

let h: Harness;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  for (const role of ['dpo', 'admin', 'agent', 'manager'] as const) tokens[role] = (await h.as(role)).token;
});
afterAll(() => h.close());

const as = (role: string) => h.caller({ token: tokens[role], purpose: 'registers' });
const everything = { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' }, filter: {} } as const;

const input = (changes: Partial<ActivityData> = {}): ActivityData => ({
  name: `Enquête ${randomUUID().slice(0, 8)}`,
  purpose: 'Mesurer la satisfaction des stagiaires',
  legalBasis: 'legitimate_interest',
  legitimateInterest: "L'amélioration des formations",
  subjectCategories: ['learner'],
  dataCategories: ['identity', 'pedagogical'],
  internalRecipients: ['quality'],
  employerRecipient: false,
  processorIds: [],
  retention: [
    { category: 'identity', period: 6, unit: 'months', startsAt: 'collection' },
    { category: 'pedagogical', period: 0, unit: 'months', startsAt: 'contract_end' },
  ],
  securityMeasures: [],
  ...changes,
});

const noticeActivities = [
  'Réalisation des formations',
  'Gestion des contrats et paiement',
  'Service client',
  'Prospects du formulaire de contact',
  'Lettre d’information',
  'Mesure d’audience du site Internet',
  'Journaux d’accès et sécurité',
  'Visites d’assurance qualité',
  'Statistiques anonymisées',
  'Rapports aux employeurs',
];

describe('the register seeded from the privacy notice', () => {
  it('holds the ten activities the notice describes, each with a retention rule for every category', async () => {
    const { data } = await as('manager').api.activities.getList(everything);
    expect(data.map((a) => a.name)).toEqual(expect.arrayContaining(noticeActivities));
    for (const activity of data.filter((a) => noticeActivities.includes(a.name))) {
      expect(activity.retention.map((r) => r.category).sort()).toEqual([...activity.dataCategories].sort());
    }
  });

  it('states the periods of the notice: access logs 6 months, analytics 14 months, learners at the end of the contract', async () => {
    const { data } = await as('agent').api.activities.getList(everything);
    const named = (name: string) => data.find((a) => a.name === name);
    expect(named('Journaux d’accès et sécurité')?.retention).toContainEqual({
      category: 'access_log',
      period: 6,
      unit: 'months',
      startsAt: 'collection',
    });
    expect(named('Mesure d’audience du site Internet')).toMatchObject({
      legalBasis: 'legitimate_interest',
      legitimateInterest: 'L’analyse du comportement des utilisateurs de nos services',
      retention: [{ category: 'access_log', period: 14, unit: 'months', startsAt: 'collection' }],
    });
    expect(named('Réalisation des formations')?.retention).toContainEqual({
      category: 'pedagogical',
      period: 0,
      unit: 'months',
      startsAt: 'contract_end',
    });
    expect(named('Lettre d’information')).toMatchObject({ legalBasis: 'consent', legitimateInterest: null });
  });

  it('links the analytics activity to Google, and the newsletter to Brevo', async () => {
    const { api } = as('dpo');
    const { data } = await api.activities.getList(everything);
    const google = (await api.processors.getList({ ...everything, filter: { q: 'Google' } })).data[0];
    const brevo = (await api.processors.getList({ ...everything, filter: { q: 'Brevo' } })).data[0];
    expect(data.find((a) => a.name === 'Mesure d’audience du site Internet')?.processorIds).toEqual([google?.id]);
    expect(data.find((a) => a.name === 'Lettre d’information')?.processorIds).toEqual([brevo?.id]);
    expect(google?.activityIds).toHaveLength(1);
  });
});

describe('activities.export', () => {
  it('holds every activity, the processors with their contacts, and no other personal data', async () => {
    const learner = await insertLearner(h.owner, { lastName: 'Exportée', email: 'exportee@example.test' });
    await h.owner.insert(schema.breaches).values({
      detectedAt: new Date(),
      description: 'Fuite chez Exportée',
      dataCategories: ['identity'],
      approximatePeople: 1,
      consequences: '-',
      measures: '-',
    });
    const created = (await as('dpo').api.activities.create({ data: input() })).data;
    const { api, request } = as('dpo');
    const register = await api.activities.export();

    const all = await as('dpo').api.activities.getList(everything);
    expect(register.activities.map((a) => a.id).sort()).toEqual(all.data.map((a) => a.id).sort());
    expect(register.activities.map((a) => a.id)).toContain(created.id);
    expect(register.controller.name).toBe('FLEX INSTITUTE SARL');
    expect(register.data.find((p) => p.name === 'Brevo (ex-Sendinblue)')?.contactEmail).toBe('support@sendinblue.com');

    const text = JSON.stringify(register);
    expect(text).not.toContain(learner.id);
    expect(text).not.toMatch(/Exportée|exportee@/);
    // The activities carry no column declared personal anywhere; the processors, their contact persons.
    const declared = new Set(schema.personalDataDeclarations.flatMap((d) => Object.keys(d.columns)));
    expect(register.activities.flatMap((a) => Object.keys(a)).filter((key) => declared.has(key))).toEqual([]);
    const contacts = new Set(Object.keys(schema.processorsPersonalData.columns));
    const keys = new Set(register.data.flatMap((p) => Object.keys(p)).filter((key) => contacts.has(key)));
    expect([...keys].sort()).toEqual(['contactEmail', 'contactName', 'contactPhone']);
    expect(await auditRowOf(h, request.requestId)).toMatchObject({
      action: 'export',
      entity: 'processors',
      fields: ['contactEmail', 'contactName', 'contactPhone'],
      details: { activities: register.activities.length, count: register.data.length },
    });
  });

  it('is for the DPO and admins only', async () => {
    await expect(as('admin').api.activities.export()).resolves.toMatchObject({ activities: expect.any(Array) });
    for (const role of ['agent', 'manager']) {
      await expect(as(role).api.activities.export()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('activities: edits', () => {
  it('the DPO creates one with its processors; agents and managers may not', async () => {
    const google = (await as('dpo').api.processors.getList({ ...everything, filter: { q: 'Google' } })).data[0];
    const { data } = await as('dpo').api.activities.create({ data: input({ processorIds: [google?.id ?? ''] }) });
    expect(data.processorIds).toEqual([google?.id]);
    const served = await as('dpo').api.processors.getManyReference({ ...everything, target: 'activityId', id: data.id });
    expect(served.data.map((p) => p.name)).toEqual(['Google (Google Analytics)']);
    for (const role of ['agent', 'manager']) {
      await expect(as(role).api.activities.create({ data: input() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('drops a stated interest when the basis is not legitimate interest', async () => {
    const { data } = await as('admin').api.activities.create({ data: input({ legalBasis: 'contract' }) });
    expect(data.legitimateInterest).toBeNull();
  });

  const rejects = async (data: Record<string, unknown>, field: string) => {
    const name = `Refusée ${randomUUID()}`;
    const error = await errorOf(as('dpo').api.activities.create({ data: { ...input({ name }), ...data } as ActivityData }));
    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', fields: { [field]: [expect.any(String)] } });
    expect(await as('dpo').api.activities.getList({ ...everything, filter: { q: name } })).toMatchObject({ total: 0 });
  };

  it('refuses an unknown data category', () => rejects({ dataCategories: ['identity', 'horoscope'] }, 'data.dataCategories.1'));
  it('refuses a legitimate interest left unstated', () => rejects({ legitimateInterest: '' }, 'data.legitimateInterest'));
  it('refuses a category without a retention rule', () =>
    rejects({ retention: [{ category: 'identity', period: 6, unit: 'months', startsAt: 'collection' }] }, 'data.retention'));
  it('refuses a retention rule for a category the activity does not hold', () =>
    rejects(
      {
        retention: [...input().retention, { category: 'access_log', period: 6, unit: 'months', startsAt: 'collection' }],
      },
      'data.retention.2.category',
    ));
  it('refuses an unknown retention event', () =>
    rejects(
      { retention: [{ category: 'identity', period: 6, unit: 'months', startsAt: 'whenever' }, input().retention[1]] },
      'data.retention.0.startsAt',
    ));
});
