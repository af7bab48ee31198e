import { randomUUID } from 'node:crypto';
import { schema } from '@vigie/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAll } from '../audit/sealer.ts';
import { type EventRow, insertEvents, learnerRead } from '../test/events.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';
import type { AnomalyRule } from './rules.ts';
import { ruleSettings, saveRule } from './rules.ts';
import { scanAll } from './scan.ts';

let h: Harness;
let dpoId: string;
// The rules read the hash chain, which is global to a database: this file gets one of its own.
beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
  dpoId = (await h.staffMember('dpo')).id;
});
afterAll(() => h.close());

/** Writes the events, seals them, runs the rules; returns the rules each event was flagged by. */
async function judge(rows: EventRow[]) {
  const events = await insertEvents(h, rows);
  await sealAll(h.owner);
  await scanAll(h.owner);
  const ids = events.map((e) => e.id);
  const flags = await h.owner.select().from(schema.anomalyFlags).where(inArray(schema.anomalyFlags.eventId, ids));
  return events.map((e) => flags.filter((f) => f.eventId === e.id).map((f) => f.rule));
}

const flaggedBy = (rule: AnomalyRule, result: AnomalyRule[][]) => result.map((rules) => rules.includes(rule));

async function withRule<T>(rule: AnomalyRule, settings: Record<string, unknown>, run: () => Promise<T>) {
  await saveRule(h.owner, dpoId, { id: rule, enabled: true, settings });
  try {
    return await run();
  } finally {
    await saveRule(h.owner, dpoId, { id: rule, enabled: true, settings: ruleSettings[rule].parse({}) as Record<string, unknown> });
  }
}

describe('more than 50 distinct learners read by one staff member in an hour', () => {
  const burst = (learners: number, spreadMinutes: number) => {
    const actor = randomUUID();
    const start = Date.parse('2025-06-02T08:00:00Z');
    return Array.from({ length: learners }, (_, i) =>
      learnerRead(actor, new Date(start + (i * spreadMinutes * 60_000) / Math.max(1, learners - 1)).toISOString()),
    );
  };

  it('flags the 51st learner, once', async () => {
    const result = flaggedBy('bulk_reads', await judge(burst(55, 30)));
    expect(result.filter(Boolean)).toHaveLength(1);
    expect(result[50]).toBe(true);
  });

  it('leaves 50 learners alone', async () => {
    expect(flaggedBy('bulk_reads', await judge(burst(50, 30))).some(Boolean)).toBe(false);
  });

  it('leaves 51 learners over more than an hour alone', async () => {
    expect(flaggedBy('bulk_reads', await judge(burst(51, 61))).some(Boolean)).toBe(false);
  });

  it('counts the same learner read twice once', async () => {
    const rows = burst(50, 30);
    rows.push(learnerRead(rows[0]?.actorStaffId as string, '2025-06-02T08:40:00Z', { subjectIds: rows[3]?.subjectIds ?? [] }));
    expect(flaggedBy('bulk_reads', await judge(rows)).some(Boolean)).toBe(false);
  });

  it('follows the threshold the DPO sets', async () => {
    await withRule('bulk_reads', { maxLearners: 10, windowMinutes: 60 }, async () => {
      expect(flaggedBy('bulk_reads', await judge(burst(11, 30)))[10]).toBe(true);
    });
  });

  // The scan remembers each actor's reads from one batch to the next: judged a few at a time, as they
  // are sealed, the log must give the flags it gives judged whole.
  it('judges two bursts an idle hour apart, sealed and scanned 17 reads at a time, as it judges them whole', async () => {
    const first = burst(51, 30);
    const actor = first[0]?.actorStaffId as string;
    const second = burst(51, 30).map((row) => ({ ...row, actorStaffId: actor, occurredAt: new Date((row.occurredAt as Date).getTime() + 100 * 60_000) }));
    const rows = [...first, ...second];
    const result: AnomalyRule[][] = [];
    for (let i = 0; i < rows.length; i += 17) result.push(...(await judge(rows.slice(i, i + 17))));
    expect(flaggedBy('bulk_reads', result).flatMap((flagged, i) => (flagged ? [i] : []))).toEqual([50, 101]);
  });

  it('reads again what it had forgotten when the DPO lengthens the window', async () => {
    const actor = randomUUID();
    const early = Array.from({ length: 9 }, (_, i) => learnerRead(actor, `2025-06-03T05:0${i}:00Z`));
    await withRule('bulk_reads', { maxLearners: 9, windowMinutes: 10 }, async () => {
      await judge(early);
      // Twenty minutes back from 07:00: the memory keeps nothing of 05:00.
      await judge([learnerRead(actor, '2025-06-03T07:00:00Z')]);
    });
    await withRule('bulk_reads', { maxLearners: 10, windowMinutes: 180 }, async () => {
      // 05:00-05:08, 07:00 and 07:30 are 11 learners within three hours.
      expect(flaggedBy('bulk_reads', await judge([learnerRead(actor, '2025-06-03T07:30:00Z')]))).toEqual([true]);
    });
  });
});

describe('reads outside working hours (08:00-19:00 Paris, weekdays)', () => {
  const at = async (...instants: string[]) =>
    flaggedBy('off_hours', await judge(instants.map((t) => learnerRead(randomUUID(), t))));

  it('flags 07:59 and 19:00, not 08:00 or 18:59, on a winter Tuesday (UTC+1)', async () => {
    expect(await at('2025-01-07T06:59:00Z', '2025-01-07T07:00:00Z', '2025-01-07T17:59:00Z', '2025-01-07T18:00:00Z')).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('uses summer time on the Monday after the clocks went forward (UTC+2)', async () => {
    expect(await at('2025-03-31T05:59:00Z', '2025-03-31T06:00:00Z')).toEqual([true, false]);
  });

  it('flags a weekend read at noon', async () => {
    expect(await at('2025-03-29T11:00:00Z')).toEqual([true]);
  });

  it('switches offset on the day itself (30 March and 26 October) when Sundays are working days', async () => {
    await withRule('off_hours', { start: '08:00', end: '19:00', days: [1, 2, 3, 4, 5, 6, 7], timeZone: 'Europe/Paris' }, async () => {
      // 30 March 2025: 08:00 Paris is 06:00 UTC; 26 October 2025: 08:00 Paris is 07:00 UTC.
      expect(await at('2025-03-30T05:59:00Z', '2025-03-30T06:00:00Z', '2025-10-26T06:59:00Z', '2025-10-26T07:00:00Z')).toEqual([
        true,
        false,
        true,
        false,
      ]);
    });
  });

  it('follows the hours the DPO sets', async () => {
    await withRule('off_hours', { start: '07:00', end: '20:00', days: [1, 2, 3, 4, 5], timeZone: 'Europe/Paris' }, async () => {
      expect(await at('2025-01-07T06:30:00Z')).toEqual([false]);
    });
  });
});

describe('reads of blocked or restricted learners', () => {
  it('flags a read of a blocked or a restricted learner and not one of an active learner', async () => {
    const blocked = await insertLearner(h.owner, { status: 'blocked' });
    const restricted = await insertLearner(h.owner, { restrictedAt: new Date('2025-06-01T10:00:00Z') });
    const active = await insertLearner(h.owner, { status: 'active' });
    const actor = randomUUID();
    const result = await judge([
      learnerRead(actor, '2025-06-03T09:00:00Z', { subjectIds: [`learner:${blocked.id}`] }),
      learnerRead(actor, '2025-06-03T09:01:00Z', { subjectIds: [`learner:${restricted.id}`] }),
      learnerRead(actor, '2025-06-03T09:02:00Z', { subjectIds: [`learner:${active.id}`] }),
    ]);
    expect(flaggedBy('restricted_learner', result)).toEqual([true, true, false]);
  });

  it('flags opening or exporting such a learner, not a list or a search that includes them', async () => {
    const blocked = await insertLearner(h.owner, { status: 'blocked' });
    const actor = randomUUID();
    const subjectIds = [`learner:${blocked.id}`, `learner:${randomUUID()}`];
    const result = await judge([
      learnerRead(actor, '2025-06-04T09:00:00Z', { subjectIds, action: 'list' }),
      learnerRead(actor, '2025-06-04T09:01:00Z', { subjectIds, action: 'search' }),
      learnerRead(actor, '2025-06-04T09:02:00Z', { subjectIds: [`learner:${blocked.id}`], procedure: 'learners.getOne' }),
      learnerRead(actor, '2025-06-04T09:03:00Z', { subjectIds, action: 'export' }),
    ]);
    expect(flaggedBy('restricted_learner', result)).toEqual([false, false, true, true]);
    const [flag] = await h.owner
      .select()
      .from(schema.anomalyFlags)
      .where(and(eq(schema.anomalyFlags.rule, 'restricted_learner'), eq(schema.anomalyFlags.actorStaffId, actor)))
      .orderBy(schema.anomalyFlags.id)
      .limit(1);
    expect(flag?.details).toEqual({ learners: [blocked.id], action: 'read', procedure: 'learners.getOne' });
  });
});

describe('purpose "other" without a reference', () => {
  it('flags it, and not the same purpose with a reference', async () => {
    const actor = randomUUID();
    const result = await judge([
      learnerRead(actor, '2025-06-03T10:00:00Z', { purposeCode: 'other', purposeRef: null }),
      learnerRead(actor, '2025-06-03T10:01:00Z', { purposeCode: 'other', purposeRef: 'DEMANDE-7' }),
      learnerRead(actor, '2025-06-03T10:02:00Z', { purposeCode: 'dsr', purposeRef: null }),
    ]);
    expect(flaggedBy('other_without_reference', result)).toEqual([true, false, false]);
  });
});

describe('5 failed sign-ins for one account or one IP within 10 minutes', () => {
  const failure = (at: string, ip: string, account?: string): EventRow => ({
    occurredAt: new Date(at),
    action: 'login_failed',
    outcome: 'failure',
    ip,
    subjectIds: account ? [`staff:${account}`] : [],
  });
  const minutes = (...m: number[]) => m.map((n) => new Date(Date.parse('2025-06-04T10:00:00Z') + n * 60_000).toISOString());

  it('flags the 5th failure from one IP, not 4', async () => {
    const four = minutes(0, 1, 2, 3).map((t) => failure(t, '198.51.100.4'));
    expect(flaggedBy('failed_sign_ins', await judge(four)).some(Boolean)).toBe(false);
    const five = minutes(0, 1, 2, 3, 4).map((t) => failure(t, '198.51.100.5'));
    expect(flaggedBy('failed_sign_ins', await judge(five))).toEqual([false, false, false, false, true]);
  });

  it('flags 5 failures on one account from five IPs, not 5 spread over more than 10 minutes', async () => {
    const account = randomUUID();
    const spread = minutes(0, 3, 6, 9, 12).map((t, i) => failure(t, `203.0.113.${i}`, randomUUID()));
    expect(flaggedBy('failed_sign_ins', await judge(spread)).some(Boolean)).toBe(false);
    const close = minutes(20, 21, 22, 23, 24).map((t, i) => failure(t, `203.0.113.${10 + i}`, account));
    expect(flaggedBy('failed_sign_ins', await judge(close))[4]).toBe(true);
  });
});

describe('a switched-off rule', () => {
  it('flags nothing', async () => {
    await saveRule(h.owner, dpoId, { id: 'other_without_reference', enabled: false, settings: {} });
    const result = await judge([learnerRead(randomUUID(), '2025-06-03T10:00:00Z', { purposeCode: 'other', purposeRef: null })]);
    await saveRule(h.owner, dpoId, { id: 'other_without_reference', enabled: true, settings: {} });
    expect(flaggedBy('other_without_reference', result)).toEqual([false]);
    const [row] = await h.owner.select().from(schema.anomalyRuleSettings).where(and(eq(schema.anomalyRuleSettings.rule, 'other_without_reference')));
    expect(row?.enabled).toBe(true);
  });
});
