import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VigieDatabase, withRole } from './client.ts';
import { dbRoles } from './privileges.ts';
import { selectRows } from './rows.ts';
import { openTestDatabase } from './testing/database.ts';
import { sqlState } from './testing/sql-state.ts';

let database: VigieDatabase;

beforeAll(async () => {
  database = await openTestDatabase({ poolSize: 2 });
});
afterAll(() => database.close());

const emailsOf = (tag: string) =>
  withRole(database.db, dbRoles.gateway, (tx) =>
    selectRows<{ email: string }>(tx, sql`SELECT email FROM staff_users WHERE email LIKE ${`${tag}%`}`),
  );

describe('withRole', () => {
  const open = withRole;
  it('has switched the role by the work’s first query, and the role ends with the transaction', async () => {
    const rows = await open(database.db, dbRoles.gateway, (tx) => selectRows(tx, sql`SELECT email FROM staff_users LIMIT 1`));
    expect(Array.isArray(rows)).toBe(true);
    expect((await sqlState(database.db.execute(sql`SELECT email FROM staff_users LIMIT 1`))).code).toBe('42501');
  });

  it('commits the work, or rolls all of it back when it fails', async () => {
    const tag = `with-role-${randomUUID()}`;
    const insert = (tx: typeof database.db, n: number) =>
      tx.execute(sql`INSERT INTO staff_users (email, display_name, role, password_hash)
                     VALUES (${`${tag}-${n}@vigie.test`}, 'Test', 'agent', 'x')`);
    await open(database.db, dbRoles.gateway, (tx) => insert(tx, 1));
    await expect(
      open(database.db, dbRoles.gateway, async (tx) => {
        await insert(tx, 2);
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect((await emailsOf(tag)).map((r) => r.email)).toEqual([`${tag}-1@vigie.test`]);
  });

  it('gives its connection back: more calls than the pool has connections, one after the other', async () => {
    for (let i = 0; i < 6; i++) {
      await expect(open(database.db, dbRoles.gateway, async () => i)).resolves.toBe(i);
      await expect(open(database.db, dbRoles.gateway, async () => Promise.reject(new Error(`no ${i}`)))).rejects.toThrow();
    }
  });

  it('refuses a role switch inside the transaction', async () => {
    await expect(open(database.db, dbRoles.gateway, (tx) => withRole(tx, dbRoles.gateway, async () => 1))).rejects.toThrow(
      'inside a transaction',
    );
  });
});

describe('readAs', () => {
  it('reads what its role may read, and leaves the run-time role as it was', async () => {
    const rows = await database.readAs(dbRoles.gateway, (db) => selectRows(db, sql`SELECT email FROM staff_users LIMIT 1`));
    expect(Array.isArray(rows)).toBe(true);
    expect((await sqlState(database.db.execute(sql`SELECT email FROM staff_users LIMIT 1`))).code).toBe('42501');
  });

  it('cannot write, even what its role may write: a read-only transaction error (25006), nothing stored', async () => {
    const tag = `read-as-${randomUUID()}`;
    const refused = await sqlState(
      database.readAs(dbRoles.gateway, (db) =>
        db.execute(sql`INSERT INTO staff_users (email, display_name, role, password_hash)
                       VALUES (${`${tag}@vigie.test`}, 'Test', 'agent', 'x')`),
      ),
    );
    expect(refused.code).toBe('25006');
    expect(await emailsOf(tag)).toEqual([]);
  });

  it('serves more reads at once than the pool has connections', async () => {
    const reads = Array.from({ length: 12 }, (_, i) =>
      database.readAs(dbRoles.gateway, (db) => selectRows<{ n: number }>(db, sql`SELECT ${i}::int AS n`)),
    );
    expect((await Promise.all(reads)).map(([row]) => row?.n)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });
});
