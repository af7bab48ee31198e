import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf, auditRowsOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertContract, insertEmployer, insertLearner } from '../test/records.ts';
import { requestDesk } from '../test/requests.ts';

/** Art. 18: once the DPO restricts a learner, every audited read or change by others is refused. */
let h: Harness;
let desk: Awaited<ReturnType<typeof requestDesk>>;
let learner: Awaited<ReturnType<typeof insertLearner>>;
let employerId: string;
let requestId: string;

const page = { pagination: { page: 1, perPage: 25 }, sort: { field: 'lastName', order: 'ASC' } } as const;

beforeAll(async () => {
  h = await createHarness();
  desk = await requestDesk(h);
  employerId = (await insertEmployer(h.owner)).id;
  learner = await insertLearner(h.owner, { employerId });
  await insertLearner(h.owner, { employerId });
  await insertContract(h.owner, { learnerId: learner.id });
  requestId = (await desk.verified(learner.id, ['restriction', 'rectification'])).id;
  await desk.asDpo().api.requests.restrict({ id: requestId, note: 'Exactitude contestée' });
});
afterAll(() => h.close());

const deniedRow = async (requestId: string) => (await auditRowsOf(h, requestId)).find((row) => row.action === 'denied');

describe('a restricted learner', () => {
  it('is marked restricted, on the learner and the timeline', async () => {
    const [row] = await h.owner.select().from(schema.learners).where(eq(schema.learners.id, learner.id));
    expect(row?.restrictedAt).toEqual(new Date('2026-02-10T09:00:00Z'));
    const timeline = (await desk.asDpo().api.requests.timeline({ id: requestId })).data;
    expect(timeline.at(-1)).toMatchObject({ kind: 'restricted', note: 'Exactitude contestée' });
  });

  it("refuses an agent's read with a clear message and a denied audit row", async () => {
    const { api, request } = desk.asAgent();
    const error = await errorOf(api.learners.getOne({ id: learner.id }));
    expect(error).toMatchObject({ data: { code: 'FORBIDDEN' }, message: expect.stringMatching(/art\. 18.*DPO/) });
    expect(await auditRowOf(h, request.requestId)).toMatchObject({
      action: 'denied',
      outcome: 'denied',
      procedure: 'learners.getOne',
      subjectIds: [`learner:${learner.id}`],
      details: { reason: 'restricted' },
    });
  });

  it.each([
    ['contracts of the learner', (api: Api) => api.contracts.getManyReference({ ...page, sort: { field: 'startDate', order: 'ASC' }, target: 'learnerId', id: learner.id })],
    ['service-desk contacts', (api: Api) => api.interactions.getList({ ...page, sort: { field: 'occurredAt', order: 'ASC' }, filter: { learnerId: learner.id } })],
    ['a correction', (api: Api) => api.learners.update({ id: learner.id, data: { firstName: 'Changé' } })],
    ['a rectification from the request', (api: Api) => api.requests.rectify({ id: requestId, data: { firstName: 'Changé' } })],
    ['the request itself', (api: Api) => api.requests.getOne({ id: requestId })],
  ])('refuses the agent %s, and writes nothing', async (_name, call) => {
    const { api, request } = desk.asAgent();
    await expect(call(api)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await deniedRow(request.requestId)).toBeDefined();
    const [row] = await h.owner.select().from(schema.learners).where(eq(schema.learners.id, learner.id));
    expect(row?.firstName).toBe(learner.firstName);
  });

  it('leaves the learner out of an agent’s lists rather than refusing the whole list', async () => {
    const { api, request } = desk.asAgent();
    const { data } = await api.learners.getList({ ...page, filter: { employerId } });
    expect(data.map((l) => l.id)).not.toContain(learner.id);
    expect(data).toHaveLength(1);
    expect((await auditRowOf(h, request.requestId)).subjectIds).not.toContain(`learner:${learner.id}`);
  });

  it('answers a look-up by ids with the others, and records the restricted one as refused', async () => {
    const other = await insertLearner(h.owner, { employerId });
    const { api, request } = desk.asAgent();
    const { data } = await api.learners.getMany({ ids: [learner.id, other.id] });
    expect(data.map((l) => l.id)).toEqual([other.id]);
    const rows = await auditRowsOf(h, request.requestId);
    expect(rows).toMatchObject([
      { action: 'list', outcome: 'success', subjectIds: [`learner:${other.id}`], entityIds: [other.id] },
      { action: 'denied', outcome: 'denied', subjectIds: [`learner:${learner.id}`], details: { reason: 'restricted' } },
    ]);
  });

  it('is still seen in full by the DPO', async () => {
    const { api, request } = desk.asDpo();
    const { data } = await api.learners.getOne({ id: learner.id });
    expect(data).toMatchObject({ id: learner.id, restrictedAt: '2026-02-10T09:00:00.000Z' });
    expect(await auditRowOf(h, request.requestId)).toMatchObject({ action: 'read', outcome: 'success' });
    const list = await api.learners.getList({ ...page, filter: { employerId } });
    expect(list.data.map((l) => l.id)).toContain(learner.id);
  });

  it('cannot be restricted twice; lifting gives the agents their reads back', async () => {
    expect(await errorOf(desk.asDpo().api.requests.restrict({ id: requestId }))).toMatchObject({ data: { code: 'BAD_REQUEST' } });
    await desk.asDpo().api.requests.liftRestriction({ id: requestId });
    await expect(desk.asAgent().api.learners.getOne({ id: learner.id })).resolves.toMatchObject({ data: { restrictedAt: null } });
    await desk.asDpo().api.requests.restrict({ id: requestId });
  });
});

type Api = ReturnType<Harness['caller']>['api'];
