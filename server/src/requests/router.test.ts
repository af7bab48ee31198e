import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf, auditRowsOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';
import { requestDesk } from '../test/requests.ts';

let h: Harness;
let desk: Awaited<ReturnType<typeof requestDesk>>;

beforeAll(async () => {
  h = await createHarness();
  desk = await requestDesk(h);
});
afterAll(() => h.close());

const learnerRow = async (id: string) => (await h.owner.select().from(schema.learners).where(eq(schema.learners.id, id)))[0];
const kinds = async (id: string) => (await desk.asAgent().api.requests.timeline({ id })).data.map((e) => e.kind);

describe('opening a request', () => {
  it('sets the legal due date and the status, starts the timeline and audits under dsr', async () => {
    const { api, request } = desk.asAgent();
    const { data } = await api.requests.create({
      data: { types: ['access'], receivedAt: '2026-01-31', channel: 'letter', requesterName: 'Paul Durand' },
    });
    // 28 February 2026 is a Saturday.
    expect(data).toMatchObject({ dueAt: '2026-03-02', status: 'received', learnerId: null, requesterEmail: null });
    expect(await kinds(data.id)).toEqual(['received']);
    expect(await auditRowOf(h, request.requestId)).toMatchObject({
      action: 'create',
      entity: 'requests',
      purposeCode: 'dsr',
      purposeRef: `request:${data.id}`,
      fields: expect.arrayContaining(['requesterName', 'types']),
    });
  });

  it.each([
    ['an unknown right', { types: ['forget_me'] }, 'data.types.0'],
    ['no right at all', { types: [] }, 'data.types'],
    ['a right twice', { types: ['access', 'access'] }, 'data.types'],
    ['a receipt in the future', { receivedAt: '2026-02-11' }, 'data.receivedAt'],
    ['a date that does not exist', { receivedAt: '2026-02-30' }, 'data.receivedAt'],
    ['an unknown channel', { channel: 'pigeon' }, 'data.channel'],
    ['an invalid email', { requesterEmail: 'jeanne@' }, 'data.requesterEmail'],
    ['an unknown learner', { learnerId: '00000000-0000-4000-8000-000000000000' }, 'data.learnerId'],
    ['a manager as assignee', { assigneeId: 'manager' }, 'data.assigneeId'],
  ])('refuses %s with the field, writing nothing', async (_name, change, field) => {
    const data: Record<string, unknown> = { ...change };
    if (data.assigneeId === 'manager') data.assigneeId = (await h.staffMember('manager')).id;
    const before = (await h.owner.select().from(schema.subjectRequests)).length;
    const error = await errorOf(desk.open(data));
    expect(error).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { [field]: expect.any(Array) } } });
    expect((await h.owner.select().from(schema.subjectRequests)).length).toBe(before);
  });
});

describe('an unverified request cannot be executed', () => {
  it.each(['rectify', 'recordObjection', 'restrict', 'complete'] as const)('%s is refused', async (step) => {
    const learner = await insertLearner(h.owner);
    const request = await desk.open({ learnerId: learner.id, types: ['rectification', 'objection', 'restriction'] });
    const calls = {
      rectify: () => desk.asAgent().api.requests.rectify({ id: request.id, data: { email: 'new@example.test' } }),
      recordObjection: () => desk.asAgent().api.requests.recordObjection({ id: request.id, processing: 'analytics' }),
      restrict: () => desk.asDpo().api.requests.restrict({ id: request.id }),
      complete: () => desk.asAgent().api.requests.complete({ id: request.id }),
    };
    const error = await errorOf(calls[step]());
    expect(error).toMatchObject({ data: { code: 'CONFLICT' }, message: expect.stringMatching(/Identité/) });
    expect(await learnerRow(learner.id)).toMatchObject({ email: learner.email, objectsToAnalytics: false, restrictedAt: null });
    expect(await kinds(request.id)).toEqual(['received']);
  });
});

describe('identity, matching and assignment', () => {
  it('records the check (method, who, when) and moves the request on', async () => {
    const request = await desk.open();
    await desk.asAgent().api.requests.awaitIdentity({ id: request.id, note: 'Pièce demandée' });
    const { data } = await desk.asAgent().api.requests.verifyIdentity({ id: request.id, method: 'id_document' });
    expect(data).toMatchObject({
      status: 'in_progress',
      identityMethod: 'id_document',
      identityCheckedBy: desk.agent.member.id,
      identityCheckedByName: desk.agent.member.displayName,
      identityCheckedAt: '2026-02-10T09:00:00.000Z',
    });
    const timeline = (await desk.asAgent().api.requests.timeline({ id: request.id })).data;
    expect(timeline.map((e) => [e.kind, e.statusFrom, e.statusTo])).toEqual([
      ['received', null, 'received'],
      ['awaiting_identity', 'received', 'awaiting_identity'],
      ['identity_verified', 'awaiting_identity', 'in_progress'],
    ]);
    expect(await errorOf(desk.asAgent().api.requests.verifyIdentity({ id: request.id, method: 'other' }))).toMatchObject({
      data: { code: 'BAD_REQUEST' },
    });
  });

  it('suggests learners by email and by name, as an audited read of learners', async () => {
    const byEmail = await insertLearner(h.owner, { email: 'celine.roux@example.test', lastName: 'Autre' });
    const byName = await insertLearner(h.owner, { lastName: 'Roux', firstName: 'Céline' });
    await insertLearner(h.owner, { lastName: 'Rouxel', firstName: 'Marc' });
    const request = await desk.open({ requesterName: 'Celine Roux', requesterEmail: 'Celine.Roux@example.test' });
    const { api, request: call } = desk.asAgent();
    const { data } = await api.requests.suggestLearners({ id: request.id });
    expect(data.map((s) => [s.id, s.matchedOn])).toEqual([
      // The name's words are in this address too: the strongest match comes first.
      [byEmail.id, ['email', 'name']],
      [byName.id, ['name']],
    ]);
    expect(await auditRowOf(h, call.requestId)).toMatchObject({
      entity: 'learners',
      action: 'list',
      purposeCode: 'dsr',
      purposeRef: `request:${request.id}`,
      subjectIds: [`learner:${byEmail.id}`, `learner:${byName.id}`],
    });
  });

  it('matches the learner and assigns, each on the timeline; the match is fixed once identity is checked', async () => {
    const learner = await insertLearner(h.owner);
    const request = await desk.open();
    const { data } = await desk.asAgent().api.requests.update({
      id: request.id,
      data: { learnerId: learner.id, assigneeId: desk.agent.member.id },
    });
    expect(data).toMatchObject({ learnerId: learner.id, assigneeId: desk.agent.member.id, assigneeName: desk.agent.member.displayName });
    expect(await kinds(request.id)).toEqual(['received', 'assigned', 'learner_matched']);
    await desk.asAgent().api.requests.verifyIdentity({ id: request.id, method: 'account_email' });
    const other = await insertLearner(h.owner);
    expect(await errorOf(desk.asAgent().api.requests.update({ id: request.id, data: { learnerId: other.id } }))).toMatchObject({
      data: { code: 'CONFLICT' },
    });
  });
});

describe('executing the rights', () => {
  it('rectifies the learner from the request: the audit row of the change names the request', async () => {
    const learner = await insertLearner(h.owner);
    const request = await desk.verified(learner.id, ['rectification']);
    const { api, request: call } = desk.asAgent();
    const { data } = await api.requests.rectify({ id: request.id, data: { email: 'Corrige@Example.test', lastName: learner.lastName } });
    expect(data).toMatchObject({ email: 'corrige@example.test' });
    expect(await auditRowOf(h, call.requestId)).toMatchObject({
      entity: 'learners',
      action: 'update',
      subjectIds: [`learner:${learner.id}`],
      fields: ['email'],
      purposeCode: 'dsr',
      purposeRef: `request:${request.id}`,
      details: { requestId: request.id },
    });
    const timeline = (await api.requests.timeline({ id: request.id })).data;
    expect(timeline.at(-1)).toMatchObject({ kind: 'rectified', details: { fields: ['email'] }, learnerId: learner.id });
    expect(JSON.stringify(timeline)).not.toMatch(/corrige@/);
  });

  it('refuses a right the request does not carry', async () => {
    const learner = await insertLearner(h.owner);
    const request = await desk.verified(learner.id, ['access']);
    const error = await errorOf(desk.asAgent().api.requests.rectify({ id: request.id, data: { firstName: 'X' } }));
    expect(error).toMatchObject({ data: { code: 'CONFLICT' } });
  });

  it.each([
    ['quality_visits', { objectsToQualityVisits: true }, ['objectsToQualityVisits']],
    ['analytics', { objectsToAnalytics: true }, ['objectsToAnalytics']],
    ['statistics', { objectsToStatistics: true }, ['objectsToStatistics']],
    ['newsletter', { newsletterConsent: false }, ['newsletterConsent']],
  ] as const)('records an objection to %s on the learner', async (processing, flags, fields) => {
    const learner = await insertLearner(h.owner, { newsletterConsent: true });
    const request = await desk.verified(learner.id, ['objection']);
    const { api, request: call } = desk.asAgent();
    await api.requests.recordObjection({ id: request.id, processing });
    expect(await learnerRow(learner.id)).toMatchObject(flags);
    expect(await auditRowOf(h, call.requestId)).toMatchObject({ fields, purposeCode: 'dsr', details: { requestId: request.id, processing } });
    expect(await kinds(request.id)).toContain('objection_recorded');
  });

  it('completes a verified request, which then takes no further step but notes', async () => {
    const request = await desk.verified((await insertLearner(h.owner)).id, ['access']);
    const { data } = await desk.asAgent().api.requests.complete({ id: request.id, note: 'Réponse envoyée' });
    expect(data).toMatchObject({ status: 'completed', closedAt: '2026-02-10T09:00:00.000Z' });
    expect(await errorOf(desk.asDpo().api.requests.reject({ id: request.id, ground: 'excessive' }))).toMatchObject({
      data: { code: 'CONFLICT' },
    });
    await desk.asAgent().api.requests.addNote({ id: request.id, note: 'Accusé de réception', document: { name: 'AR.pdf' } });
    expect((await kinds(request.id)).at(-1)).toBe('document');
  });
});

describe("the DPO's decisions", () => {
  it('extends once, before the first deadline, by two months from the original due date', async () => {
    const request = await desk.open();
    const { api, request: call } = desk.asDpo();
    const { data } = await api.requests.extend({ id: request.id, reason: 'Demandes nombreuses', toldOn: '2026-02-09' });
    // 2 March + 2 months = 2 May 2026, a Saturday: Monday 4 May.
    expect(data).toMatchObject({
      status: 'extended',
      dueAt: '2026-05-04',
      originalDueAt: '2026-03-02',
      extensionReason: 'Demandes nombreuses',
      extensionToldOn: '2026-02-09',
    });
    expect(await auditRowOf(h, call.requestId)).toMatchObject({ action: 'update', purposeCode: 'dsr' });
    const again = await errorOf(desk.asDpo().api.requests.extend({ id: request.id, reason: 'Encore', toldOn: '2026-02-10' }));
    expect(again).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { id: expect.any(Array) } } });
    // Identity checked after the extension: the request stays extended.
    const verified = await desk.asAgent().api.requests.verifyIdentity({ id: request.id, method: 'known_phone' });
    expect(verified.data.status).toBe('extended');
  });

  it('refuses an extension after the first deadline, or told on a date out of range', async () => {
    const request = await desk.open({ receivedAt: '2026-01-20' });
    const told = await errorOf(desk.asDpo().api.requests.extend({ id: request.id, reason: 'R', toldOn: '2026-02-11' }));
    expect(told).toMatchObject({ data: { fields: { toldOn: expect.any(Array) } } });
    h.clock.now = new Date('2026-02-06T09:00:00Z');
    try {
      const late = await desk.open({ receivedAt: '2026-01-05' });
      expect(late.dueAt).toBe('2026-02-05');
      const error = await errorOf(desk.asDpo().api.requests.extend({ id: late.id, reason: 'R', toldOn: '2026-02-05' }));
      expect(error).toMatchObject({ message: expect.stringMatching(/avant la première échéance/) });
    } finally {
      h.clock.now = new Date('2026-02-10T09:00:00Z');
    }
  });

  it('rejects with an Art. 12(5) ground', async () => {
    const request = await desk.open();
    const { data } = await desk.asDpo().api.requests.reject({ id: request.id, ground: 'identity_not_established' });
    expect(data).toMatchObject({ status: 'rejected', rejectionGround: 'identity_not_established' });
    const bad = await errorOf(desk.asDpo().api.requests.reject({ id: request.id, ground: 'boring' as never }));
    expect(bad).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { ground: expect.any(Array) } } });
  });

  it.each(['extend', 'reject', 'restrict', 'liftRestriction'] as const)('%s is the DPO’s alone', async (step) => {
    const request = await desk.open();
    const { api, request: call } = desk.asAgent();
    const input = { id: request.id, reason: 'R', toldOn: '2026-02-09', ground: 'excessive' };
    await expect((api.requests[step] as (i: unknown) => Promise<unknown>)(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await auditRowsOf(h, call.requestId)).toMatchObject([{ action: 'denied', procedure: `requests.${step}` }]);
  });

  it.each(['admin', 'manager'] as const)('%s sees no request at all', async (role) => {
    const { api } = await h.as(role);
    const page = { pagination: { page: 1, perPage: 10 }, sort: { field: 'dueAt', order: 'ASC' } } as const;
    await expect(api.requests.getList(page)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(api.requests.create({ data: {} as never })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
