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
  it('prepares the queries drizzle builds, in transactions too, and plans them for their values', async () => {
    const marker = `prepared-${Date.now()}@vigie.test`;
    await withRole(database.db, dbRoles.gateway, (tx) =>
      tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, marker)),
    );
    const statements = (await preparedOnThisConnection(database.db)).map((row) => row.statement);
    expect(statements.some((text) => text.includes('"staff_users"."email" = $1'))).toBe(true);
    const [mode] = await selectRows<{ plan_cache_mode: string }>(database.db, sql`SHOW plan_cache_mode`);
    expect(mode?.plan_cache_mode).toBe('force_custom_plan');
  });
});
