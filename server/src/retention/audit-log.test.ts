import { dbRoles, schema, selectRows, withRole } from '@vigie/db';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIntegrity } from '../audit/integrity.ts';
import { sealAll } from '../audit/sealer.ts';
import { verifyChain } from '../audit/verify.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { cliRun } from '../test/retention.ts';
import { NOT_SEALED, PARTIAL_MONTH } from './audit-log.ts';
import { before } from './policies.ts';
import { runRetention } from './run.ts';

let h: Harness;
// The chain is global to a database, and this file removes its beginning: a database of its own.
beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
});
afterAll(() => h.close());

const options = (dryRun: boolean) => cliRun(h, { dryRun });

/** The first instant (UTC) of the month `shift` months after the one holding `at`. */
const monthStart = (at: Date, shift = 0) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + shift, 1));
const hour = 3_600_000;

/**
 * Old events as they would have been written years ago: their transaction ids sort before every event
 * of this test database, so sealing them makes them the beginning of the chain, as history would.
 */
let nextTx = 1;
async function oldEvents(dates: Date[]) {
  const rows = await h.owner
    .insert(schema.auditEvents)
    .values(dates.map((occurredAt) => ({ occurredAt, txId: nextTx++, action: 'read', procedure: 'learners.getOne', outcome: 'success' as const })))
    .returning({ id: schema.auditEvents.id });
  return rows.map((r) => r.id);
}

const exists = async (ids: number[]) =>
  (await h.owner.select({ id: schema.auditEvents.id }).from(schema.auditEvents).where(inArray(schema.auditEvents.id, ids))).map((r) => r.id);

/** The database's own message, under the driver's "Failed query" wrapper. */
const refusal = (pattern: RegExp) => (error: unknown) => pattern.test(String((error as { cause?: Error }).cause?.message ?? (error as Error).message));

const auditResult = (run: Awaited<ReturnType<typeof runRetention>>) => run?.results.find((r) => r.code === 'audit_log');

describe('the audit log’s retention (5 years, whole sealed months only)', () => {
  const cutoff = before(new Date(), 5, 'years');
  const edge = monthStart(cutoff); // the month holding the cutoff: partly inside the period
  let gone: number[];
  let waiting: number[];
  let unsealed: number;
  let partial: number[];

  beforeAll(async () => {
    expect(await h.owner.select().from(schema.auditChain)).toHaveLength(0);
    gone = await oldEvents([monthStart(cutoff, -3), new Date(monthStart(cutoff, -3).getTime() + hour), new Date(monthStart(cutoff, -2).getTime() + 5 * hour)]);
    waiting = await oldEvents([new Date(monthStart(cutoff, -1).getTime() + hour)]);
    partial = await oldEvents([new Date(edge.getTime() + (cutoff.getTime() - edge.getTime()) / 2)]);
    // Recent reads, through the API.
    const { api } = await h.as('admin');
    const target = await h.staffMember('agent');
    await api.staff.getOne({ id: target.id });
    await sealAll(h.owner);
    // Sealed a few seconds after they were written, back then (the hash does not cover the sealing time).
    await h.database.asOwner(async (owner) => {
      await owner.execute(sql.raw('ALTER TABLE audit_chain DISABLE TRIGGER USER'));
      await owner.execute(sql`UPDATE audit_chain c SET sealed_at = e.occurred_at + interval '2 seconds'
        FROM audit_events e WHERE e.id = c.event_id AND e.procedure = 'learners.getOne'`);
      await owner.execute(sql.raw('ALTER TABLE audit_chain ENABLE TRIGGER USER'));
    });
    // One row of the month before the edge, written after the sealing: not sealed yet.
    const [late] = await h.owner
      .insert(schema.auditEvents)
      .values({ occurredAt: new Date(monthStart(cutoff, -1).getTime() + 2 * hour), action: 'read', outcome: 'success' })
      .returning({ id: schema.auditEvents.id });
    unsealed = late?.id ?? 0;
  });

  it('a dry run counts what would go and what stays, and why; nothing is removed', async () => {
    const result = auditResult(await runRetention(h.services.db, options(true)));
    expect(result).toMatchObject({ gone: 3, kept: [{ ground: PARTIAL_MONTH, count: 1 }, { ground: NOT_SEALED, count: 2 }] });
    expect(result?.checkpoint).toBeUndefined();
    expect(await exists(gone)).toHaveLength(3);
  });

  it('removes whole sealed months only: a month with an unsealed row and the edge month stay', async () => {
    const result = auditResult(await runRetention(h.services.db, options(false)));
    expect(result).toMatchObject({ gone: 3, checkpoint: expect.stringMatching(/^3:[0-9a-f]{64}$/) });
    expect(await exists(gone)).toEqual([]);
    expect((await exists([...waiting, unsealed, ...partial])).sort()).toEqual([...waiting, unsealed, ...partial].sort());
    const [purge] = await h.owner.select().from(schema.auditPurges);
    const [link] = await h.owner.select().from(schema.auditChain).where(eq(schema.auditChain.seq, 3));
    expect(purge).toMatchObject({ seq: 3, rows: 3, before: monthStart(cutoff, -1) });
    expect(Buffer.from(purge?.hash ?? []).equals(Buffer.from(link?.hash ?? []))).toBe(true);
    expect(result?.checkpoint).toBe(`3:${Buffer.from(link?.hash ?? []).toString('hex')}`);
  });

  it('verify starts from the recorded checkpoint and proves the rest', async () => {
    await sealAll(h.owner);
    const report = await verifyChain(h.owner);
    expect(report.firstBreak).toBeNull();
    expect(report.startedAfter).toMatchObject({ seq: 3, before: monthStart(cutoff, -1).toISOString() });
    const [head] = await selectRows<{ n: number }>(h.owner, sql`SELECT max(seq)::int AS n FROM audit_chain`);
    expect(report.rowsChecked).toBe((head?.n ?? 0) - 3);
    // The DPO's integrity screen says where the chain starts, and why.
    const status = await readIntegrity(h.owner, new Date());
    expect(status.start).toEqual({ line: `3:${report.startedAfter?.hash}`, before: monthStart(cutoff, -1).toISOString() });
  });

  it('once its last row is sealed, the month goes on the next run; the late row belongs to the month it was sealed in', async () => {
    const result = auditResult(await runRetention(h.services.db, options(false)));
    expect(result).toMatchObject({ gone: 1, kept: [{ ground: PARTIAL_MONTH, count: 1 }, { ground: NOT_SEALED, count: 1 }] });
    expect(await exists([...waiting, unsealed])).toEqual([unsealed]);
    expect((await verifyChain(h.owner)).firstBreak).toBeNull();
  });

  it('the delete path refuses recent or unsealed rows, even called directly', async () => {
    await expect(
      withRole(h.services.db, dbRoles.retention, (tx) => tx.execute(sql`SELECT vigie_audit_purge(now(), false)`)),
    ).rejects.toThrow();
    await expect(withRole(h.services.db, dbRoles.retention, (tx) => tx.execute(sql`DELETE FROM audit_events`))).rejects.toThrow();
    await expect(h.database.db.execute(sql`DELETE FROM audit_events WHERE id = ${partial[0]}`)).rejects.toThrow();
    // Even the owner, posing as the purge: the guard checks each row's seal and age.
    const asPurge = (id: number) =>
      h.owner.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('vigie.audit_purge_through', '1000000000', true)`);
        await tx.execute(sql`DELETE FROM audit_events WHERE id = ${id}`);
      });
    const [recent] = await h.owner.select({ id: schema.auditEvents.id }).from(schema.auditEvents).where(eq(schema.auditEvents.procedure, 'staff.getOne'));
    await expect(asPurge(recent?.id ?? 0)).rejects.toSatisfy(refusal(/within the retention period/));
    await expect(asPurge(partial[0] ?? 0)).rejects.toSatisfy(refusal(/within the retention period/));
    const [fresh] = await h.owner
      .insert(schema.auditEvents)
      .values({ occurredAt: monthStart(cutoff, -4), action: 'read', outcome: 'success' })
      .returning({ id: schema.auditEvents.id });
    await expect(asPurge(fresh?.id ?? 0)).rejects.toSatisfy(refusal(/not sealed/));
    await expect(h.owner.execute(sql`DELETE FROM audit_events WHERE id = ${unsealed}`)).rejects.toSatisfy(refusal(/append-only/));
    expect(await exists([recent?.id ?? 0, ...partial, fresh?.id ?? 0, unsealed])).toHaveLength(4);
  });

  it('verify still names a kept row someone altered', async () => {
    await h.database.asOwner(async (owner) => {
      await owner.execute(sql.raw('ALTER TABLE audit_events DISABLE TRIGGER USER'));
      await owner.execute(sql`UPDATE audit_events SET purpose_code = 'quality' WHERE id = ${partial[0]}`);
      await owner.execute(sql.raw('ALTER TABLE audit_events ENABLE TRIGGER USER'));
    });
    const report = await verifyChain(h.owner);
    const [link] = await h.owner.select().from(schema.auditChain).where(eq(schema.auditChain.eventId, partial[0] ?? 0));
    expect(report.firstBreak).toEqual({ seq: link?.seq, eventId: partial[0], problem: 'altered' });
  });
});
