import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VigieDatabase, withRole } from './client.ts';
import { dbRoles } from './privileges.ts';
import { selectRows } from './rows.ts';
import { staffUsers } from './schema/index.ts';
import { openTestDatabase } from './testing/database.ts';

let database: VigieDatabase;

beforeAll(async () => {
  database = await openTestDatabase({ poolSize: 1 });
});
afterAll(() => database.close());

const preparedOnThisConnection = (db: VigieDatabase['db']) =>
  selectRows<{ statement: string }>(db, sql`SELECT statement FROM pg_prepared_statements`);

describe.skipIf(process.env.DATABASE_URL === undefined)('the run-time pool on PostgreSQL', () => {
  it('prepares the queries drizzle builds, in transactions too', async () => {
    const marker = `prepared-${Date.now()}@vigie.test`;
    await withRole(database.db, dbRoles.gateway, (tx) =>
      tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, marker)),
    );
    const statements = (await preparedOnThisConnection(database.db)).map((row) => row.statement);
    expect(statements.some((text) => text.includes('"staff_users"."email" = $1'))).toBe(true);
  });

  it("plans the gateway's reads for their values, and keeps the plans of the run-time role's statements", async () => {
    const modeOf = (db: VigieDatabase['db']) => selectRows<{ plan_cache_mode: string }>(db, sql`SHOW plan_cache_mode`);
    expect(await database.readAs(dbRoles.gateway, modeOf)).toEqual([{ plan_cache_mode: 'force_custom_plan' }]);
    expect(await modeOf(database.db)).toEqual([{ plan_cache_mode: 'auto' }]);
  });
});
