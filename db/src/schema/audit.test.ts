import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VigieDatabase } from '../client.ts';
import { selectRows } from '../rows.ts';
import { openTestDatabase } from '../testing/database.ts';
import { sqlState } from '../testing/sql-state.ts';
import { auditEvents } from './audit.ts';

let database: VigieDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(auditEvents).values({ action: 'read', outcome: 'success', entity: 'guard-test' });
});
afterAll(() => database.close());

describe('audit_events is append-only', () => {
  it('lets the run-time role insert and read', async () => {
    const rows = await selectRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE entity = 'guard-test'`,
    );
    expect(rows[0]?.n).toBeGreaterThanOrEqual(1);
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
