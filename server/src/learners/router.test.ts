import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertEmployer, insertLearner } from '../test/records.ts';

let h: Harness;
let agent: string;

beforeAll(async () => {
  h = await createHarness();
  ({ token: agent } = await h.as('agent'));
});
afterAll(() => h.close());

const call = (token = agent) => h.caller({ token, purpose: 'learner_request', purposeRef: 'TICKET-4' });
const listFields = ['country', 'email', 'employerId', 'firstName', 'jobTitle', 'lastName', 'locality', 'phone'];

describe('learners: every read is audited', () => {
  it('getList names every learner returned, the filters used, never the text typed', async () => {
    const employer = await insertEmployer(h.owner);
    const a = await insertLearner(h.owner, { lastName: 'Secretname', employerId: employer.id });
    const b = await insertLearner(h.owner, { lastName: 'Secretname', employerId: employer.id });
    const { api, request } = call();
    const page = await api.learners.getList({
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'lastName', order: 'ASC' },
      filter: { q: 'secretname', employerId: employer.id, status: 'active' },
    });
    expect(page.data.map((l) => l.id).sort()).toEqual([a.id, b.id].sort());
    const row = await auditRowOf(h, request.requestId);
    expect(row).toMatchObject({
      action: 'search',
      entity: 'learners',
      procedure: 'learners.getList',
      purposeCode: 'learner_request',
      purposeRef: 'TICKET-4',
      fields: listFields,
      details: { filters: ['employerId', 'q', 'status'], count: 2 },
    });
    expect(row.subjectIds.sort()).toEqual([`learner:${a.id}`, `learner:${b.id}`].sort());
    expect(JSON.stringify(row)).not.toMatch(/secretname/i);
  });

  it('getOne lists every personal field shown, the profile and consents included', async () => {
    const learner = await insertLearner(h.owner, { presentation: 'Bonjour', phone: '06 11 22 33 44' });
    const { api, request } = call();
    const { data } = await api.learners.getOne({ id: learner.id });
    expect(data).toMatchObject({ id: learner.id, presentation: 'Bonjour', hasPhoto: false, status: 'active' });
    expect(data.createdAt).toBe(learner.createdAt.toISOString());
    expect(await auditRowOf(h, request.requestId)).toMatchObject({
      action: 'read',
      entityIds: [learner.id],
      subjectIds: [`learner:${learner.id}`],
      fields: [
        ...['country', 'email', 'employerId', 'firstName', 'jobTitle', 'lastName', 'legalHoldReason', 'legalHoldUntil'],
        'locality',
        ...['newsletterConsent', 'objectsToAnalytics', 'objectsToQualityVisits', 'objectsToStatistics'],
        ...['phone', 'presentation', 'profitCentre'],
      ],
    });
  });

  it('getMany (a reference look-up) is audited like a list', async () => {
    const [a, b] = [await insertLearner(h.owner), await insertLearner(h.owner)];
    const { api, request } = call();
    const { data } = await api.learners.getMany({ ids: [a.id, b.id] });
    expect(data).toHaveLength(2);
    const row = await auditRowOf(h, request.requestId);
    expect(row).toMatchObject({ action: 'list', procedure: 'learners.getMany', fields: listFields });
    expect(row.subjectIds.sort()).toEqual([`learner:${a.id}`, `learner:${b.id}`].sort());
  });

  it("getManyReference lists an employer's learners", async () => {
    const employer = await insertEmployer(h.owner);
    const learner = await insertLearner(h.owner, { employerId: employer.id });
    const { api, request } = call();
    const page = await api.learners.getManyReference({
      target: 'employerId',
      id: employer.id,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'createdAt', order: 'DESC' },
    });
    expect(page).toMatchObject({ total: 1, data: [{ id: learner.id }] });
    expect(await auditRowOf(h, request.requestId)).toMatchObject({
      action: 'list',
      subjectIds: [`learner:${learner.id}`],
    });
  });

  it('refuses a read without a purpose', async () => {
    const learner = await insertLearner(h.owner);
    await expect(h.caller({ token: agent, purpose: null }).api.learners.getOne({ id: learner.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('answers an unknown learner with NOT_FOUND and writes no read row', async () => {
    const { api } = call();
    await expect(api.learners.getOne({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('learners: who may do what', () => {
  it('lets an admin look a learner up (fraud cases) but not correct one', async () => {
    const learner = await insertLearner(h.owner);
    const { token } = await h.as('admin');
    const admin = h.caller({ token, purpose: 'fraud_investigation' }).api;
    await expect(admin.learners.getOne({ id: learner.id })).resolves.toMatchObject({ data: { id: learner.id } });
    await expect(admin.learners.update({ id: learner.id, data: { firstName: 'X' } })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lets the DPO read but not correct', async () => {
    const learner = await insertLearner(h.owner);
    const { token } = await h.as('dpo');
    const dpo = h.caller({ token, purpose: 'dsr' }).api;
    await expect(dpo.learners.getOne({ id: learner.id })).resolves.toBeDefined();
    await expect(dpo.learners.update({ id: learner.id, data: { firstName: 'X' } })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
