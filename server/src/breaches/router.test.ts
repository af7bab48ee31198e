import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import type { BreachData } from './schemas.ts';

let h: Harness;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  for (const role of ['dpo', 'admin', 'agent', 'manager'] as const) tokens[role] = (await h.as(role)).token;
});
afterAll(() => h.close());

const as = (role: string) => h.caller({ token: tokens[role], purpose: 'registers' });

const breach = (changes: Partial<BreachData> = {}): BreachData => ({
  detectedAt: '2025-03-29T09:00:00.000Z',
  description: 'Un ordinateur portable non chiffré a été volé',
  dataCategories: ['identity', 'contact'],
  approximatePeople: 120,
  consequences: 'Hameçonnage possible',
  measures: 'Mots de passe réinitialisés',
  cnilNotifiedAt: null,
  peopleInformedAt: null,
  peopleNotInformedReason: 'Données chiffrées sur le serveur',
  ...changes,
});

describe('breaches', () => {
  it('the DPO records one and reads its deadline, 72 hours after detection', async () => {
    const { data } = await as('dpo').api.breaches.create({ data: breach() });
    expect(data).toMatchObject({ notificationDeadline: '2025-04-01T09:00:00.000Z', cnilNotifiedAt: null });
    const updated = await as('dpo').api.breaches.update({
      id: data.id,
      data: breach({ cnilNotifiedAt: '2025-03-31T16:00:00+02:00' }),
    });
    expect(updated.data.cnilNotifiedAt).toBe('2025-03-31T14:00:00.000Z');
    const pending = await as('dpo').api.breaches.getList({
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'detectedAt', order: 'DESC' },
      filter: { notified: false },
    });
    expect(pending.data.map((b) => b.id)).not.toContain(data.id);
  });

  it('are for the DPO alone: admins, agents and managers are refused', async () => {
    for (const role of ['admin', 'agent', 'manager']) {
      const list = as(role).api.breaches.getList({ pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' } });
      await expect(list).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(as(role).api.breaches.create({ data: breach() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('refuses a notification before the detection, and an unknown category', async () => {
    const early = await errorOf(as('dpo').api.breaches.create({ data: breach({ cnilNotifiedAt: '2025-03-29T08:59:00.000Z' }) }));
    expect(early.data).toMatchObject({ code: 'BAD_REQUEST', fields: { 'data.cnilNotifiedAt': [expect.any(String)] } });
    const unknown = await errorOf(
      as('dpo').api.breaches.create({ data: breach({ dataCategories: ['blood_type'] as unknown as BreachData['dataCategories'] }) }),
    );
    expect(unknown.data).toMatchObject({ code: 'BAD_REQUEST', fields: { 'data.dataCategories.0': [expect.any(String)] } });
  });
});
