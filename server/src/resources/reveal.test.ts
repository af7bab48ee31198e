import { schema } from '@vigie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertEmployer, insertLearner } from '../test/records.ts';

let h: Harness;
let token: string;
let learner: Awaited<ReturnType<typeof insertLearner>>;
const page = { pagination: { page: 1, perPage: 25 }, sort: { field: 'lastName' as const, order: 'ASC' as const } };

beforeAll(async () => {
  h = await createHarness();
  token = (await h.as('agent')).token;
  learner = await insertLearner(h.owner, { email: 'claire.martin@orange.fr', phone: '06 12 34 56 78' });
});
afterAll(() => h.close());

const agent = () => h.caller({ token, purpose: 'learner_request', purposeRef: 'TICKET-4' });

describe('contact details masked by default', () => {
  it('lists and files show e-mail and phone masked, and the audit row says so', async () => {
    const caller = agent();
    const { data } = await caller.api.learners.getOne({ id: learner.id });
    expect(data).toMatchObject({ email: 'c•••@•••.fr', phone: '06 •• •• •• 78', lastName: learner.lastName });
    expect((await auditRowOf(h, caller.request.requestId)).details).toMatchObject({ masked: ['email', 'phone'] });
  });

  it('still finds a learner by e-mail or phone on the masked list', async () => {
    for (const q of ['claire.martin@orange', '0612345678']) {
      const { data } = await agent().api.learners.getList({ ...page, filter: { q } });
      expect(data.map((l) => l.id)).toContain(learner.id);
      expect(data.find((l) => l.id === learner.id)?.email).toBe('c•••@•••.fr');
    }
  });

  it('"Afficher" shows one field of one record, as its own read naming that field', async () => {
    const caller = agent();
    const { data } = await caller.api.learners.reveal({ id: learner.id, field: 'phone' });
    expect(data).toEqual({ id: learner.id, field: 'phone', value: '06 12 34 56 78' });
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({
      action: 'reveal',
      procedure: 'learners.reveal',
      entity: 'learners',
      fields: ['phone'],
      subjectIds: [`learner:${learner.id}`],
      purposeCode: 'learner_request',
      purposeRef: 'TICKET-4',
    });
  });

  it('reveals an employer contact the same way, and refuses a field that is not masked', async () => {
    const employer = await insertEmployer(h.owner);
    const [contact] = await h.owner
      .insert(schema.employerContacts)
      .values({ employerId: employer.id, lastName: 'Rh', firstName: 'Anne', email: 'anne.rh@exemple.fr', role: 'hr' })
      .returning();
    const id = contact?.id ?? '';
    expect((await agent().api.employerContacts.getOne({ id })).data.email).toBe('a•••@•••.fr');
    expect((await agent().api.employerContacts.reveal({ id, field: 'email' })).data.value).toBe('anne.rh@exemple.fr');
    await expect(agent().api.learners.reveal({ id: learner.id, field: 'lastName' as 'email' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('masks a prospect in the list and reveals one field the same way, still found by e-mail', async () => {
    const [prospect] = await h.owner
      .insert(schema.prospects)
      .values({ fullName: 'Paul Prospect', phone: '07 11 22 33 44', email: 'paul.prospect@exemple.fr' })
      .returning();
    const id = prospect?.id ?? '';
    const list = await agent().api.prospects.getList({ ...page, sort: { field: 'fullName', order: 'ASC' }, filter: { q: 'paul.prospect@' } });
    expect(list.data.find((p) => p.id === id)).toMatchObject({ fullName: 'Paul Prospect', email: 'p•••@•••.fr', phone: '07 •• •• •• 44' });
    const caller = agent();
    expect((await caller.api.prospects.reveal({ id, field: 'phone' })).data.value).toBe('07 11 22 33 44');
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({
      action: 'reveal',
      procedure: 'prospects.reveal',
      entity: 'prospects',
      fields: ['phone'],
      subjectIds: [`prospect:${id}`],
    });
  });
});
