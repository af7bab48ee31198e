import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';
import type { DisclosureData } from './schemas.ts';

let h: Harness;
const tokens: Record<string, string> = {};
let dpoId: string;

beforeAll(async () => {
  h = await createHarness();
  for (const role of ['admin', 'agent', 'manager'] as const) tokens[role] = (await h.as(role)).token;
  const dpo = await h.as('dpo');
  tokens['dpo'] = dpo.token;
  dpoId = dpo.member.id;
});
afterAll(() => h.close());

const as = (role: string) => h.caller({ token: tokens[role], purpose: 'registers' });

const request = (learnerIds: string[], changes: Partial<DisclosureData> = {}): DisclosureData => ({
  authority: 'Brigade de recherches de Paris',
  reference: `PV-${randomUUID().slice(0, 6)}`,
  legalBasis: 'Réquisition, art. 60-1 du code de procédure pénale',
  receivedOn: '2026-02-10',
  learnerIds,
  dataCategories: ['identity', 'access_log'],
  decision: 'disclosed',
  disclosedOn: '2026-02-12',
  notes: null,
  ...changes,
});

describe('authority disclosures', () => {
  it('the DPO records one; it names the DPO and links the learners, whom every read names in the audit', async () => {
    const [a, b] = [await insertLearner(h.owner), await insertLearner(h.owner)];
    const { data } = await as('dpo').api.disclosures.create({ data: request([a.id, b.id, a.id]) });
    expect(data).toMatchObject({ decidedBy: dpoId, learnerIds: [a.id, b.id] });

    const { api, request: call } = as('dpo');
    await api.disclosures.getOne({ id: data.id });
    expect(await auditRowOf(h, call.requestId)).toMatchObject({
      action: 'read',
      entity: 'disclosures',
      subjectIds: [`learner:${a.id}`, `learner:${b.id}`],
      fields: ['learnerIds'],
    });
  });

  it('are for the DPO alone', async () => {
    const learner = await insertLearner(h.owner);
    for (const role of ['admin', 'agent', 'manager']) {
      await expect(as(role).api.disclosures.create({ data: request([learner.id]) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(as(role).api.disclosures.getOne({ id: randomUUID() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('refuses a disclosure dated before the request, a refused request with a disclosure date, an unknown learner', async () => {
    const learner = await insertLearner(h.owner);
    const fieldsOf = async (data: DisclosureData) => (await errorOf(as('dpo').api.disclosures.create({ data }))).data;
    expect(await fieldsOf(request([learner.id], { disclosedOn: '2026-02-09' }))).toMatchObject({
      code: 'BAD_REQUEST',
      fields: { 'data.disclosedOn': [expect.any(String)] },
    });
    expect(await fieldsOf(request([learner.id], { decision: 'refused' }))).toMatchObject({
      fields: { 'data.disclosedOn': [expect.any(String)] },
    });
    expect(await fieldsOf(request([randomUUID()]))).toMatchObject({ code: 'BAD_REQUEST', fields: { 'data.learnerIds': [expect.any(String)] } });
  });
});
