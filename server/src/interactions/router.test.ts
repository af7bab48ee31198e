import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf, auditRowsOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';

let h: Harness;
let agent: Awaited<ReturnType<Harness['as']>>;

beforeAll(async () => {
  h = await createHarness();
  agent = await h.as('agent');
});
afterAll(() => h.close());

const call = () => h.caller({ token: agent.token, purpose: 'learner_request', purposeRef: 'CALL-77' });

describe('interactions.create ("Nouvel échange")', () => {
  it('logs the call as the caller, now, and audits a create', async () => {
    const learner = await insertLearner(h.owner);
    const { api, request } = call();
    const before = Date.now();
    // A staff id or a date sent by the client is ignored: who and when are the server's.
    const forged = { staffId: learner.id, occurredAt: '2001-01-01T00:00:00Z' };
    const { data } = await api.interactions.create({
      data: { learnerId: learner.id, channel: 'phone', summary: '  Nouveau numéro de téléphone  ', ...forged },
    });
    expect(data).toMatchObject({
      learnerId: learner.id,
      staffId: agent.member.id,
      staffName: agent.member.displayName,
      channel: 'phone',
      summary: 'Nouveau numéro de téléphone',
    });
    expect(new Date(String(data.occurredAt)).getTime()).toBeGreaterThanOrEqual(before - 5_000);
    const row = await auditRowOf(h, request.requestId);
    expect(row).toMatchObject({
      action: 'create',
      entity: 'interactions',
      entityIds: [data.id],
      subjectIds: [`learner:${learner.id}`],
      fields: ['channel', 'occurredAt', 'summary'],
      purposeRef: 'CALL-77',
    });
    expect(JSON.stringify(row)).not.toContain('Nouveau numéro');
  });

  it('shows up in the learner\'s service-desk tab', async () => {
    const learner = await insertLearner(h.owner);
    await call().api.interactions.create({ data: { learnerId: learner.id, channel: 'email', summary: 'Attestation' } });
    const page = await call().api.interactions.getManyReference({
      target: 'learnerId',
      id: learner.id,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'occurredAt', order: 'DESC' },
    });
    expect(page).toMatchObject({ total: 1, data: [{ summary: 'Attestation', channel: 'email' }] });
  });

  it.each([
    ['data.summary', { channel: 'phone', summary: '   ' }],
    ['data.summary', { channel: 'phone', summary: 'x'.repeat(4001) }],
    ['data.channel', { channel: 'pigeon', summary: 'Coucou' }],
  ])('refuses a bad %s', async (field, data) => {
    const learner = await insertLearner(h.owner);
    const error = await errorOf(call().api.interactions.create({ data: { learnerId: learner.id, ...data } as never }));
    expect(error).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { [field]: [expect.any(String)] } } });
  });

  it('refuses an unknown learner with the field, and an erased one', async () => {
    const unknown = call();
    const error = await errorOf(
      unknown.api.interactions.create({
        data: { learnerId: '00000000-0000-4000-8000-000000000000', channel: 'phone', summary: 'Allô' },
      }),
    );
    expect(error).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { 'data.learnerId': expect.any(Array) } } });
    expect(await auditRowsOf(h, unknown.request.requestId)).toEqual([]);
    const erased = await insertLearner(h.owner, { status: 'erased' });
    await expect(
      call().api.interactions.create({ data: { learnerId: erased.id, channel: 'phone', summary: 'Allô' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('is an agent\'s action: the DPO reads interactions but logs none', async () => {
    const learner = await insertLearner(h.owner);
    const { token } = await h.as('dpo');
    const dpo = h.caller({ token, purpose: 'dsr' }).api;
    await expect(
      dpo.interactions.create({ data: { learnerId: learner.id, channel: 'phone', summary: 'x' } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
