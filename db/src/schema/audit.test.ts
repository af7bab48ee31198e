import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VigieDatabase } from '../client.ts';
import { auditAppend, auditAppendRows } from '../audit-append.ts';
import { selectRows } from '../rows.ts';
import { openTestDatabase } from '../testing/database.ts';
import { sqlState } from '../testing/sql-state.ts';
import { auditEvents } from './audit.ts';

let database: VigieDatabase;
// What an array literal would have to quote: each must come back as it went in.
const awkward = ['a,b', '"quoted"', '{braces}', 'back\\slash', 'NULL', '', 'é ü', ' spaced '];

beforeAll(async () => {
  database = await openTestDatabase();
  const origin = { requestId: null, actorStaffId: null, actorRole: null, actorSessionHash: null, userAgent: null };
  await database.db.execute(auditAppend({ ...origin, action: 'read', outcome: 'success', entity: 'guard-test', ip: '192.0.2.1' }));
  await database.db.execute(
    auditAppend({ ...origin, ip: null, action: 'read', outcome: 'success', entity: 'guard-arrays', subjectIds: awkward, details: { n: 1 } }),
  );
});
afterAll(() => database.close());

describe('audit_events is append-only', () => {
  it('lets the run-time role append through the owner\'s function and read what names nobody', async () => {
    const rows = await selectRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE entity = 'guard-test'`,
    );
    expect(rows[0]?.n).toBeGreaterThanOrEqual(1);
  });

  it('stores the arrays element for element, and unset fields as NULL or empty', async () => {
    const [row] = await selectRows<{ subject_ids: string[]; entity_ids: string[]; procedure: string | null; details: unknown }>(
      database.db,
      sql`SELECT subject_ids, entity_ids, procedure, details FROM audit_events WHERE entity = 'guard-arrays'`,
    );
    expect(row).toEqual({ subject_ids: awkward, entity_ids: [], procedure: null, details: { n: 1 } });
  });

  it('appends many rows in one statement, in their order, arrays element for element', async () => {
    const origin = { requestId: null, actorStaffId: null, actorRole: 'agent', actorSessionHash: null, ip: '192.0.2.9', userAgent: 'vitest' };
    const entity = `guard-rows-${Date.now()}`;
    await database.db.execute(
      auditAppendRows([
        { ...origin, action: 'read', outcome: 'success', entity, subjectIds: awkward, fields: ['email'], details: { n: 1 } },
        { ...origin, action: 'list', outcome: 'denied', entity, entityIds: ['{x}', 'a"b'], purposeRef: null },
        { ...origin, action: 'read', outcome: 'success', entity, procedure: 'staff.getOne', subjectIds: [] },
      ]),
    );
    const rows = await selectRows<{ action: string; subject_ids: string[]; entity_ids: string[]; fields: string[]; procedure: string | null; details: unknown }>(
      database.db,
      sql`SELECT action, subject_ids, entity_ids, fields, procedure, details FROM audit_events WHERE entity = ${entity} ORDER BY id`,
    );
    expect(rows).toEqual([
      { action: 'read', subject_ids: awkward, entity_ids: [], fields: ['email'], procedure: null, details: { n: 1 } },
      { action: 'list', subject_ids: [], entity_ids: ['{x}', 'a"b'], fields: [], procedure: null, details: null },
      { action: 'read', subject_ids: [], entity_ids: [], fields: [], procedure: 'staff.getOne', details: null },
    ]);
  });

  it('still takes the previous release\'s jsonb form, for its processes during a rolling deploy', async () => {
    await database.db.execute(sql`SELECT vigie_audit_append(${JSON.stringify({ action: 'read', outcome: 'success', entity: 'guard-jsonb' })}::jsonb)`);
    const [row] = await selectRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE entity = 'guard-jsonb'`);
    expect(row?.n).toBe(1);
  });

  it('refuses the run-time role a direct INSERT, and the IP address it wrote', async () => {
    const insert = database.db.insert(auditEvents).values({ action: 'read', outcome: 'success', entity: 'guard-test' });
    expect((await sqlState(insert)).code).toBe('42501');
    expect((await sqlState(database.db.execute(sql`SELECT ip FROM audit_events LIMIT 1`))).code).toBe('42501');
  });

  it.each([
    ['UPDATE', sql`UPDATE audit_events SET action = 'forged' WHERE entity = 'guard-test'`],
    ['DELETE', sql`DELETE FROM audit_events WHERE entity = 'guard-test'`],
    ['TRUNCATE', sql`TRUNCATE audit_events`],
  ])('refuses %s to the run-time role with insufficient privilege', async (_op, statement) => {
    expect((await sqlState(database.db.execute(statement))).code).toBe('42501');
  });

  it.each([
    ['UPDATE', sql`UPDATE audit_events SET action = 'forged' WHERE entity = 'guard-test'`],
    ['DELETE', sql`DELETE FROM audit_events WHERE entity = 'guard-test'`],
    ['TRUNCATE', sql`TRUNCATE audit_events`],
  ])('refuses %s to the owner through the triggers', async (_op, statement) => {
    const refused = await database.asOwner((owner) => sqlState(owner.execute(statement)));
    expect(refused.message).toMatch(/append-only/);
  });

  it('gives the run-time role no table of its own', async () => {
    const owned = await selectRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM pg_tables WHERE tableowner = 'vigie_app'`,
    );
    expect(owned[0]?.n).toBe(0);
  });
});
