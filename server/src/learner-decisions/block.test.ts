import { schema } from '@vigie/db';
import { eq, sql } from 'drizzle-orm';
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

const REASON = 'Connexions simultanées depuis trois pays différents.';
const page = { pagination: { page: 1, perPage: 25 }, sort: { field: 'id' as const, order: 'ASC' as const } };

async function statusOf(id: string) {
  const [row] = await h.owner.select({ status: schema.learners.status }).from(schema.learners).where(eq(schema.learners.id, id));
  return row?.status;
}

describe('learners.block and learners.unblock', () => {
  it('blocks with a reason and a review date, audited, then unblocks back to the prior status', async () => {
    const learner = await insertLearner(h.owner, { status: 'ended' });
    const admin = await h.as('admin');
    const blocked = await admin.api.learners.block({ id: learner.id, reason: REASON, reviewOn: '2026-03-10' });
    expect(blocked.data).toMatchObject({ kind: 'block', reason: REASON, reviewOn: '2026-03-10', priorStatus: 'ended', authorName: 'Test admin' });
    expect(await statusOf(learner.id)).toBe('blocked');
    expect(await auditRowOf(h, admin.request.requestId)).toMatchObject({
      action: 'create',
      entity: 'learnerDecisions',
      subjectIds: [`learner:${learner.id}`],
      fields: ['reason', 'reviewOn'],
      details: { kind: 'block' },
    });

    const again = h.caller({ token: admin.token });
    await again.api.learners.block({ id: learner.id, reason: 'Nouveaux indices : la revue est reportée.', reviewOn: '2026-04-10' });
    const current = await again.api.learnerDecisions.getList({ ...page, filter: { learnerId: learner.id, current: true } });
    expect(current.data.map((d) => d.reviewOn)).toEqual(['2026-04-10']);

    const unblock = h.caller({ token: admin.token });
    const lifted = await unblock.api.learners.unblock({ id: learner.id, reason: 'Vérification faite : aucune fraude établie.' });
    expect(lifted.data.kind).toBe('unblock');
    expect(await statusOf(learner.id)).toBe('ended');
    const history = await unblock.api.learnerDecisions.getManyReference({ target: 'learnerId', id: learner.id, ...page });
    expect(history.data.map((d) => d.kind)).toEqual(['block', 'block', 'unblock']);
    const none = await unblock.api.learnerDecisions.getList({ ...page, filter: { learnerId: learner.id, current: true } });
    expect(none.data).toEqual([]);
  });

  it('refuses a word for a reason, a review date not in the future, and unblocking an unblocked learner', async () => {
    const learner = await insertLearner(h.owner);
    const { token } = await h.as('admin');
    const call = () => h.caller({ token }).api.learners;
    await expect(call().block({ id: learner.id, reason: 'fraude', reviewOn: '2026-03-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('au moins 3 mots'),
    });
    await expect(call().block({ id: learner.id, reason: REASON, reviewOn: '2026-02-10' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('réexamen'),
    });
    await expect(call().unblock({ id: learner.id, reason: REASON })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await statusOf(learner.id)).toBe('active');
  });

  it('is an admin’s alone', async () => {
    const learner = await insertLearner(h.owner);
    for (const role of ['agent', 'dpo', 'manager'] as const) {
      const { api } = await h.as(role);
      await expect(api.learners.block({ id: learner.id, reason: REASON, reviewOn: '2026-03-01' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('lists the blocks in force whose review date has passed', async () => {
    const { token, member } = await h.as('admin');
    const later = await insertLearner(h.owner);
    await h.caller({ token }).api.learners.block({ id: later.id, reason: REASON, reviewOn: '2099-01-01' });
    // A block decided long ago, its review date past by the database's own calendar.
    const overdue = await insertLearner(h.owner, { status: 'blocked' });
    await h.owner.insert(schema.learnerDecisions).values({
      learnerId: overdue.id, kind: 'block', reason: REASON, reviewOn: '2020-01-01', priorStatus: 'active', staffId: member.id,
    });
    const due = await h.caller({ token }).api.learnerDecisions.getList({ ...page, filter: { reviewDue: true } });
    const ids = due.data.map((d) => d.learnerId);
    expect(ids).toContain(overdue.id);
    expect(ids).not.toContain(later.id);
  });

  it('keeps its history append-only for everyone, the owner included', async () => {
    const learner = await insertLearner(h.owner);
    const { token } = await h.as('admin');
    await h.caller({ token }).api.learners.block({ id: learner.id, reason: REASON, reviewOn: '2026-03-01' });
    const table = schema.learnerDecisions;
    // drizzle wraps the database's error: its cause carries PostgreSQL's message.
    const refusal = (call: Promise<unknown>) => call.then(() => 'accepted', (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message));
    expect(await refusal(h.owner.update(table).set({ reason: 'effacé' }).where(eq(table.learnerId, learner.id)))).toMatch(/append-only/);
    expect(await refusal(h.owner.delete(table).where(eq(table.learnerId, learner.id)))).toMatch(/append-only/);
    expect(await refusal(h.owner.execute(sql`TRUNCATE learner_decisions`))).toMatch(/append-only/);
    expect(await refusal(h.database.db.update(table).set({ reason: 'effacé' }).where(eq(table.learnerId, learner.id)))).toMatch(/permission denied/);
  });
});
