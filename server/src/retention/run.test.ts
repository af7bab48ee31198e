import { randomUUID } from 'node:crypto';
import { schema, selectRows } from '@vigie/db';
import { addDays, parisDay } from '@vigie/domain/calendar';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { cliRun } from '../test/retention.ts';
import { insertLearner } from '../test/records.ts';
import { before } from './policies.ts';
import { claimRun, jobOrigin, type RunOptions, runRetention } from './run.ts';

let h: Harness;
// Runs drop partitions and take the engine's lock: this file gets a database of its own.
beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
});
afterAll(() => h.close());

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const HOLD = 'Suspicion de fraude : dossier F-12';

const options = (extra: Partial<RunOptions> = {}) => cliRun(h, extra);

async function learnerWithSignIns(daysAgo: number[], hold = false) {
  const learner = await insertLearner(h.owner, hold ? { legalHoldUntil: addDays(parisDay(new Date()), 30), legalHoldReason: HOLD } : {});
  if (daysAgo.length) {
    await h.owner.insert(schema.platformAccessLogs).values(
      daysAgo.map((d) => ({ learnerId: learner.id, occurredAt: ago(d), ip: '198.51.100.7', browser: 'Firefox 133', os: 'Linux' })),
    );
  }
  return learner.id;
}

const signInsOf = (learnerId: string) =>
  h.owner.select({ at: schema.platformAccessLogs.occurredAt }).from(schema.platformAccessLogs).where(eq(schema.platformAccessLogs.learnerId, learnerId));

const partitions = async () =>
  (
    await selectRows<{ name: string }>(
      h.owner,
      sql`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'platform_access_logs'::regclass`,
    )
  ).map((r) => r.name);

const monthOf = (date: Date) => `platform_access_logs_${date.toISOString().slice(0, 4)}_${date.toISOString().slice(5, 7)}`;

describe('the sign-in purge (6 months after collection, from the register)', () => {
  it('drops whole expired months, deletes the edge, keeps the recent and every held learner’s sign-ins', async () => {
    const ages = [600, 270, 200, 190, 170, 30, 1];
    const plain = await learnerWithSignIns(ages);
    const held = await learnerWithSignIns(ages, true);
    const admin = await h.as('admin');
    const preview = await admin.api.retention.preview();
    const signIns = preview.data.results.find((r) => r.code === 'sign_ins');
    expect(signIns?.gone).toBeGreaterThanOrEqual(4);
    expect(signIns?.kept).toContainEqual({ ground: HOLD, count: 4 });
    expect(await signInsOf(plain)).toHaveLength(ages.length); // a preview removes nothing

    expect(await partitions()).toContain(monthOf(ago(270)));
    const run = await runRetention(h.services.db, options());
    const result = run?.results.find((r) => r.code === 'sign_ins');
    expect(result?.kept).toContainEqual({ ground: HOLD, count: 4 });
    const cutoff = before(new Date(), 6, 'months');
    expect((await signInsOf(plain)).every((r) => r.at >= cutoff)).toBe(true);
    expect(await signInsOf(plain)).toHaveLength(3);
    expect(await signInsOf(held)).toHaveLength(ages.length);
    expect(await partitions()).not.toContain(monthOf(ago(270)));
    expect(await partitions()).toContain(monthOf(new Date(Date.now() + 60 * DAY)));
  });

  it('reads its period from the register: a shorter rule there purges more', async () => {
    const activity = '5a3c7b10-2d4e-4c8f-8b1a-000000000007';
    const [row] = await h.owner.select({ retention: schema.activities.retention }).from(schema.activities).where(eq(schema.activities.id, activity));
    await h.owner.update(schema.activities).set({ retention: [{ category: 'access_log', period: 2, unit: 'months', startsAt: 'collection' }] }).where(eq(schema.activities.id, activity));
    try {
      const learner = await learnerWithSignIns([90, 10]);
      const admin = await h.as('dpo');
      const policies = await admin.api.retention.policies();
      expect(policies.data.find((p) => p.id === 'sign_ins')).toMatchObject({ period: 2, unit: 'months', activity: { name: 'Journaux d’accès et sécurité' } });
      await runRetention(h.services.db, options());
      expect(await signInsOf(learner)).toHaveLength(1);
    } finally {
      await h.owner.update(schema.activities).set({ retention: row?.retention ?? [] }).where(eq(schema.activities.id, activity));
    }
  });

  it('property: after a run, no sign-in older than 6 months survives, and a held learner loses nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 12 }), fc.boolean(), async (ages, hold) => {
        const learner = await learnerWithSignIns(ages, hold);
        // The times as stored: an age of exactly six months is on the cutoff only to the millisecond.
        const stored = await signInsOf(learner);
        const now = new Date();
        await runRetention(h.services.db, options({ now }));
        const left = await signInsOf(learner);
        if (hold) expect(left).toHaveLength(ages.length);
        else {
          const cutoff = before(now, 6, 'months');
          expect(left.every((r) => r.at >= cutoff)).toBe(true);
          expect(left).toHaveLength(stored.filter((r) => r.at >= cutoff).length);
        }
        const [stale] = await h.owner
          .select({ n: sql<number>`count(*)::int` })
          .from(schema.platformAccessLogs)
          .innerJoin(schema.learners, eq(schema.learners.id, schema.platformAccessLogs.learnerId))
          .where(and(lt(schema.platformAccessLogs.occurredAt, before(now, 6, 'months')), sql`${schema.learners.legalHoldUntil} IS NULL`));
        expect(stale?.n).toBe(0);
      }),
      { numRuns: 12 },
    );
  });
});

describe('the other policies', () => {
  it('removes prospects 3 years after the last contact they initiated, expired sessions and answer links', async () => {
    const [old, recent] = await h.owner
      .insert(schema.prospects)
      .values([
        { fullName: 'Ancien Prospect', phone: '0600000001', email: 'a@example.test', lastContactAt: ago(3 * 366 + 2), receivedAt: ago(4 * 365) },
        { fullName: 'Récent Prospect', phone: '0600000002', email: 'b@example.test', lastContactAt: ago(700), receivedAt: ago(4 * 365) },
      ])
      .returning({ id: schema.prospects.id });
    const staff = await h.staffMember('agent');
    await h.owner.insert(schema.sessions).values({ tokenHash: randomUUID(), staffId: staff.id, createdAt: ago(3), lastSeenAt: ago(3), expiresAt: ago(2) });
    const run = await runRetention(h.services.db, options());
    const left = await h.owner.select({ id: schema.prospects.id }).from(schema.prospects).where(inArray(schema.prospects.id, [old?.id ?? '', recent?.id ?? '']));
    expect(left.map((p) => p.id)).toEqual([recent?.id]);
    expect(run?.results.find((r) => r.code === 'prospects')?.gone).toBeGreaterThanOrEqual(1);
    expect(run?.results.find((r) => r.code === 'sessions')?.gone).toBeGreaterThanOrEqual(1);
    expect(await h.owner.select().from(schema.sessions).where(eq(schema.sessions.staffId, staff.id))).toHaveLength(0);
  });
});

describe('one run at a time, once a day, each audited', () => {
  it('refuses a second real run while one is under way, and takes over a dead one', async () => {
    const [live] = await h.owner.insert(schema.retentionRuns).values({ dryRun: false, trigger: 'job' }).returning();
    expect(await claimRun(h.services.db, options(), 5)).toBeNull();
    const admin = await h.as('admin');
    await expect(admin.api.retention.start()).rejects.toMatchObject({ code: 'CONFLICT' });
    await h.owner.update(schema.retentionRuns).set({ heartbeatAt: ago(1) }).where(eq(schema.retentionRuns.id, live?.id ?? ''));
    expect(await claimRun(h.services.db, options(), 5)).not.toBeNull();
    await h.owner.update(schema.retentionRuns).set({ status: 'failed' }).where(eq(schema.retentionRuns.status, 'running'));
  });

  it('the daily job runs once whatever the number of processes', async () => {
    const job = options({ trigger: 'job', origin: jobOrigin('job'), oncePerDay: true });
    const [a, b] = await Promise.all([runRetention(h.services.db, job), runRetention(h.services.db, job)]);
    expect([a, b].filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(await runRetention(h.services.db, job)).toBeNull();
  });

  it('"Lancer maintenant" runs in the background, shows its progress and writes its counts to the audit log', async () => {
    const admin = await h.as('admin');
    h.clock.now = new Date();
    const { data } = await admin.api.retention.start();
    let run = (await admin.api.retention.run({ id: data.id })).data;
    for (let i = 0; run.state === 'running' && i < 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      run = (await admin.api.retention.run({ id: data.id })).data;
    }
    expect(run).toMatchObject({ state: 'done', done: run.steps, trigger: 'staff', startedBy: admin.member.id });
    expect((await admin.api.retention.runs()).data[0]?.id).toBe(data.id);
    const [event] = await h.owner.select().from(schema.auditEvents).where(sql`${schema.auditEvents.entityIds} @> ARRAY[${data.id}]::text[]`);
    expect(event).toMatchObject({ action: 'delete', procedure: 'retention.start', actorStaffId: admin.member.id, entity: 'retention' });
    expect((event?.details as { counts: unknown[] }).counts).toHaveLength(run.steps);
  });

  it('is for admins and the DPO only', async () => {
    const agent = await h.as('agent');
    await expect(agent.api.retention.policies()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(agent.api.retention.start()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const manager = await h.as('manager');
    await expect(manager.api.retention.preview()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
