import { randomUUID } from 'node:crypto';
import { type AuditRow, type Database, schema } from '@vigie/db';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseAuditRowsReferencing } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { appendAuditRows } from './appender.ts';

let h: Harness;
const FAIL_REF = 'appender-row-must-fail';

beforeAll(async () => {
  h = await createHarness();
  await refuseAuditRowsReferencing(h, 'test_appender_fails', FAIL_REF);
});
afterAll(() => h.close());

const row = (requestId: string, extra: Partial<AuditRow> = {}): AuditRow => ({
  requestId,
  actorStaffId: null,
  actorRole: 'agent',
  actorSessionHash: null,
  ip: '192.0.2.10',
  userAgent: 'vitest',
  action: 'read',
  outcome: 'success',
  entity: 'staff',
  ...extra,
});

const rowsOf = (requestId: string) =>
  h.owner
    .select({ action: schema.auditEvents.action, txId: schema.auditEvents.txId })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.requestId, requestId))
    .orderBy(asc(schema.auditEvents.id));

/** The run-time database, counting the statements that reach it. */
function counted(db: Database) {
  const counter = { statements: 0 };
  const handle = new Proxy(db, {
    get(target, key, receiver) {
      if (key !== 'execute') return Reflect.get(target, key, receiver);
      return (query: Parameters<Database['execute']>[0]) => {
        counter.statements += 1;
        return target.execute(query);
      };
    },
  });
  return { handle, counter };
}

describe('the audit appender', () => {
  it('writes the rows of reads that end together in fewer statements, each read answered once its rows are in', async () => {
    const { handle, counter } = counted(h.services.db);
    const ids = Array.from({ length: 30 }, () => randomUUID());
    await Promise.all(ids.map((id) => appendAuditRows(handle, [row(id)])));
    for (const id of ids) expect(await rowsOf(id)).toHaveLength(1);
    expect(counter.statements).toBeLessThanOrEqual(3);
    // The first read goes alone; the 29 that ended while it was written go together, in one transaction.
    const txIds = new Set((await Promise.all(ids.slice(1).map(rowsOf))).flat().map((r) => r.txId));
    expect(txIds.size).toBeLessThanOrEqual(2);
  });

  it('keeps the rows of one read in their order', async () => {
    const id = randomUUID();
    await appendAuditRows(h.services.db, [row(id, { action: 'read' }), row(id, { action: 'denied', outcome: 'denied' })]);
    expect((await rowsOf(id)).map((r) => r.action)).toEqual(['read', 'denied']);
  });

  it('fails only the read whose row is refused; the others of its batch are written', async () => {
    const failing = randomUUID();
    const others = Array.from({ length: 5 }, () => randomUUID());
    // A first append in flight makes the next six wait and go as one batch.
    const first = appendAuditRows(h.services.db, [row(randomUUID())]);
    const outcomes = await Promise.allSettled([
      ...others.map((id) => appendAuditRows(h.services.db, [row(id)])),
      appendAuditRows(h.services.db, [row(failing, { purposeRef: FAIL_REF })]),
    ]);
    await first;
    expect(outcomes.map((o) => o.status)).toEqual([...others.map(() => 'fulfilled'), 'rejected']);
    for (const id of others) expect(await rowsOf(id)).toHaveLength(1);
    expect(await rowsOf(failing)).toEqual([]);
  });
});
