import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('audit.subjectNames', () => {
  it("names a journal page's learners, and that naming is itself an audited read naming each of them", async () => {
    const [a, b] = [await insertLearner(h.owner, { firstName: 'Aïcha', lastName: 'Nommée' }), await insertLearner(h.owner, { firstName: 'Bruno', lastName: 'Nommé' })];
    const dpo = await h.as('dpo');
    const { data } = await dpo.api.audit.subjectNames({ subjectIds: [`learner:${a.id}`, `learner:${b.id}`, `staff:${a.id}`, 'learner:not-an-id'] });
    expect(data.map((n) => `${n.firstName} ${n.lastName}`).sort()).toEqual(['Aïcha Nommée', 'Bruno Nommé']);
    expect(await auditRowOf(h, dpo.request.requestId)).toMatchObject({
      action: 'read',
      entity: 'learners',
      purposeCode: 'audit_review',
      subjectIds: expect.arrayContaining([`learner:${a.id}`, `learner:${b.id}`]),
      fields: expect.arrayContaining(['firstName', 'lastName']),
    });
  });

  it("is the DPO's alone", async () => {
    for (const role of ['agent', 'admin', 'manager'] as const) {
      const { api } = await h.as(role);
      expect(await errorOf(api.audit.subjectNames({ subjectIds: [] }))).toMatchObject({ data: { code: 'FORBIDDEN' } });
    }
  });
});
