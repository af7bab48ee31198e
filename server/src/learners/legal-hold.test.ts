import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.clock.now = new Date('2026-02-10T09:00:00Z');
});
afterAll(() => h.close());

describe('legal hold', () => {
  it('is placed and lifted by an admin, each change audited', async () => {
    const learner = await insertLearner(h.owner);
    const admin = await h.as('admin');
    const placed = await admin.api.learners.placeLegalHold({ id: learner.id, until: '2026-12-31', reason: 'Suspicion de fraude au CPF' });
    expect(placed.data).toMatchObject({ legalHoldUntil: '2026-12-31', legalHoldReason: 'Suspicion de fraude au CPF' });
    expect(await auditRowOf(h, admin.request.requestId)).toMatchObject({
      action: 'update',
      entity: 'learners',
      subjectIds: [`learner:${learner.id}`],
      fields: ['legalHoldReason', 'legalHoldUntil'],
    });
    const { api } = h.caller({ token: admin.token });
    const why = 'Les faits sont établis, le dossier est clos.';
    await expect(api.learners.liftLegalHold({ id: learner.id, reason: 'clos' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('une phrase'),
    });
    const lifted = await api.learners.liftLegalHold({ id: learner.id, reason: why });
    expect(lifted.data).toMatchObject({ legalHoldUntil: null, legalHoldReason: null });
    await expect(api.learners.liftLegalHold({ id: learner.id, reason: why })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const history = await admin.api.learnerDecisions.getManyReference({
      target: 'learnerId', id: learner.id, pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' },
    });
    expect(history.data.map((d) => [d.kind, d.reason])).toEqual([['legal_hold', 'Suspicion de fraude au CPF'], ['legal_hold_lift', why]]);
  });

  it('must run beyond today and give a reason', async () => {
    const learner = await insertLearner(h.owner);
    const admin = await h.as('admin');
    const past = admin.api.learners.placeLegalHold({ id: learner.id, until: '2026-02-10', reason: 'Litige sur la facturation du contrat' });
    await expect(past).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('au-delà') });
    const noReason = h.caller({ token: admin.token }).api.learners.placeLegalHold({ id: learner.id, until: '2026-12-31', reason: ' ' });
    await expect(noReason).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const word = h.caller({ token: admin.token }).api.learners.placeLegalHold({ id: learner.id, until: '2026-12-31', reason: 'Litige' });
    await expect(word).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('une phrase') });
  });

  it('is no agent’s or DPO’s to place', async () => {
    const learner = await insertLearner(h.owner);
    for (const role of ['agent', 'dpo'] as const) {
      const { api } = await h.as(role);
      await expect(api.learners.placeLegalHold({ id: learner.id, until: '2026-12-31', reason: 'x' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});
