import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../test/events.ts';
import { createHarness, type Harness } from '../test/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  // A clock years ahead: the other tests' rows of this database fall outside the 30 days.
  h.clock.now = new Date('2031-03-30T10:00:00Z');
});
afterAll(() => h.close());

const row = (occurredAt: string, actorRole: string, action: string, outcome: 'success' | 'denied' = 'success', entity = 'learners') => ({
  occurredAt: new Date(occurredAt),
  actorRole,
  action,
  outcome,
  entity,
});

describe('audit.readsPerDay', () => {
  it('counts reads per Paris day, role and outcome over the last 30 days, refusals apart', async () => {
    await insertEvents(h, [
      // 00:30 in Paris (UTC+1 until the clocks change on the 30th): a read of the 29th.
      row('2031-03-28T23:30:00Z', 'agent', 'read'),
      row('2031-03-28T08:00:00Z', 'agent', 'list'),
      row('2031-03-28T09:00:00Z', 'agent', 'search'),
      row('2031-03-29T08:00:00Z', 'agent', 'export'),
      row('2031-03-29T09:00:00Z', 'manager', 'reveal'),
      row('2031-03-29T10:00:00Z', 'manager', 'denied', 'denied'),
      // Not counted: a write, the console's own look, a refusal on a procedure naming no entity,
      // a read 30 days back, a sign-in.
      row('2031-03-29T11:00:00Z', 'agent', 'update'),
      row('2031-03-29T11:00:00Z', 'dpo', 'audit_read', 'success', 'audit'),
      { occurredAt: new Date('2031-03-29T12:00:00Z'), actorRole: 'agent', action: 'denied', outcome: 'denied' as const },
      row('2031-02-28T12:00:00Z', 'agent', 'read'),
      { occurredAt: new Date('2031-03-29T12:00:00Z'), actorRole: 'agent', action: 'login', outcome: 'success' as const },
    ]);
    const dpo = await h.as('dpo', { purpose: 'audit_review' });
    const answer = await dpo.api.audit.readsPerDay();
    expect(answer.data).toEqual({
      from: '2031-03-01',
      until: '2031-03-30',
      days: [
        { day: '2031-03-28', role: 'agent', outcome: 'success', count: 2 },
        { day: '2031-03-29', role: 'agent', outcome: 'success', count: 2 },
        { day: '2031-03-29', role: 'manager', outcome: 'denied', count: 1 },
        { day: '2031-03-29', role: 'manager', outcome: 'success', count: 1 },
      ],
    });
    expect(JSON.stringify(answer)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('is refused to anyone but the DPO', async () => {
    const agent = await h.as('agent');
    await expect(agent.api.audit.readsPerDay()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
