import { schema } from '@vigie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parisDay } from '@vigie/domain/calendar';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';

/** The list's filters and order; due dates around the database's own today, as the filters read it. */
let h: Harness;
let agent: Awaited<ReturnType<Harness['as']>>;
let dpo: Awaited<ReturnType<Harness['as']>>;
let learnerId: string;
const ids: Record<string, string> = {};

async function insert(name: string, values: Partial<typeof schema.subjectRequests.$inferInsert>) {
  const dueAt = values.dueAt ?? addDays(parisDay(new Date()), 20);
  const [row] = await h.owner
    .insert(schema.subjectRequests)
    .values({
      types: ['access'],
      receivedAt: addDays(dueAt, -31),
      dueAt,
      channel: 'email',
      requesterName: name,
      createdBy: agent.member.id,
      ...values,
    })
    .returning();
  ids[name] = row?.id ?? '';
}

beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
  agent = await h.as('agent');
  dpo = await h.as('dpo');
  learnerId = (await insertLearner(h.owner)).id;
  const today = parisDay(new Date());
  await insert('late', { dueAt: addDays(today, -1) });
  await insert('late but answered', { dueAt: addDays(today, -3), status: 'completed' });
  await insert('due today', { dueAt: today, assigneeId: dpo.member.id });
  await insert('due in 7 days', { dueAt: addDays(today, 7), types: ['erasure', 'access'], status: 'in_progress' });
  await insert('due in 8 days', { dueAt: addDays(today, 8), learnerId, assigneeId: agent.member.id });
});
afterAll(() => h.close());

const list = async (filter: Record<string, unknown>, order: 'ASC' | 'DESC' = 'ASC') => {
  const { api } = h.caller({ token: agent.token, purpose: 'learner_request' });
  const page = await api.requests.getList({ pagination: { page: 1, perPage: 50 }, sort: { field: 'dueAt', order }, filter });
  return page.data.map((r) => r.requesterName);
};

describe('requests.getList', () => {
  it('sorts by due date', async () => {
    expect(await list({})).toEqual(['late but answered', 'late', 'due today', 'due in 7 days', 'due in 8 days']);
    expect((await list({}, 'DESC'))[0]).toBe('due in 8 days');
  });

  it.each([
    [{ late: true }, ['late']],
    [{ dueSoon: true }, ['due today', 'due in 7 days']],
    [{ open: true, late: false, dueSoon: false }, ['due in 8 days']],
    [{ open: false }, ['late but answered']],
    [{ status: 'in_progress' }, ['due in 7 days']],
    [{ type: 'erasure' }, ['due in 7 days']],
  ])('filters %j', async (filter, expected) => {
    expect(await list(filter)).toEqual(expected);
  });

  it('filters by assignee, learner and due dates', async () => {
    expect(await list({ assigneeId: agent.member.id })).toEqual(['due in 8 days']);
    expect(await list({ learnerId })).toEqual(['due in 8 days']);
    const today = parisDay(new Date());
    expect(await list({ dueAfter: today, dueBefore: addDays(today, 7) })).toEqual(['due today', 'due in 7 days']);
  });

  it('audits the list under dsr with the filters used, never their values', async () => {
    const { api, request } = h.caller({ token: agent.token, purpose: 'learner_request' });
    await api.requests.getList({
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'dueAt', order: 'ASC' },
      filter: { learnerId, late: false },
    });
    expect(await auditRowOf(h, request.requestId)).toMatchObject({
      entity: 'requests',
      action: 'list',
      purposeCode: 'dsr',
      subjectIds: [`learner:${learnerId}`],
      details: { filters: ['late', 'learnerId'], count: 1 },
    });
  });

  it('refuses an unknown filter value', async () => {
    await expect(list({ type: 'forget_me' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(list({ dueBefore: '31/01/2026' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
