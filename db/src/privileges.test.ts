import { getTableName, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VigieDatabase, withRole } from './client.ts';
import { dbRoles, expectedGrants, personalColumnsOf, privilegeStatements } from './privileges.ts';
import { selectRows } from './rows.ts';
import * as schema from './schema/index.ts';
import { openTestDatabase } from './testing/database.ts';
import { sqlState } from './testing/sql-state.ts';

let database: VigieDatabase;
const roles = Object.values(dbRoles);

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const key = (...parts: string[]) => parts.join(' ');

/** What the database says each managed role holds, as the owner sees it. */
async function granted() {
  return database.asOwner(async (owner) => {
    const columns = await selectRows<{ grantee: string; table_name: string; column_name: string; privilege_type: string }>(
      owner,
      sql`SELECT grantee, table_name, column_name, privilege_type FROM information_schema.column_privileges
          WHERE table_schema = 'public' AND grantee IN ${roles}`,
    );
    const tables = await selectRows<{ grantee: string; table_name: string; privilege_type: string }>(
      owner,
      sql`SELECT grantee, table_name, privilege_type FROM information_schema.table_privileges
          WHERE table_schema = 'public' AND grantee IN ${roles} AND privilege_type NOT IN ('SELECT', 'INSERT', 'UPDATE')`,
    );
    return {
      columns: new Set(columns.map((c) => key(c.grantee, c.table_name, c.column_name, c.privilege_type))),
      tables: new Set(tables.map((t) => key(t.grantee, t.table_name, t.privilege_type))),
    };
  });
}

describe('privileges generated from the personal-data declarations', () => {
  it('are exactly the expected ones, both ways', async () => {
    const expected = expectedGrants();
    const actual = await granted();
    const columns = new Set(expected.columns.map((g) => key(g.role, g.table, g.column, g.privilege)));
    const tables = new Set(expected.deletes.map((d) => key(d.role, d.table, 'DELETE')));
    expect([...actual.columns].filter((g) => !columns.has(g)).sort()).toEqual([]);
    expect([...columns].filter((g) => !actual.columns.has(g)).sort()).toEqual([]);
    expect([...actual.tables].sort()).toEqual([...tables].sort());
  });

  it('give the run-time role nothing on any declared column, and the gateway all of them', async () => {
    const actual = await granted();
    for (const declaration of schema.personalDataDeclarations) {
      const table = getTableName(declaration.table);
      for (const column of personalColumnsOf(declaration.table as never)) {
        for (const privilege of ['SELECT', 'INSERT', 'UPDATE']) {
          expect(actual.columns.has(key(dbRoles.app, table, column.name, privilege)), `${table}.${column.name}`).toBe(false);
        }
        expect(actual.columns.has(key(dbRoles.gateway, table, column.name, 'SELECT')), `${table}.${column.name}`).toBe(true);
      }
    }
  });

  it('let the run-time role read what names nobody', async () => {
    const rows = await selectRows<{ n: number }>(database.db, sql`SELECT count(id)::int AS n FROM learners WHERE status = 'active'`);
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['the select list', sql`SELECT email FROM learners LIMIT 1`],
    ['a WHERE clause', sql`SELECT id FROM learners WHERE last_name = 'Dupont'`],
    ['ORDER BY', sql`SELECT id FROM learners ORDER BY phone LIMIT 1`],
    ['a join condition', sql`SELECT c.id FROM training_contracts c JOIN learners l ON l.email = c.course`],
    ['RETURNING', sql`UPDATE learners SET updated_at = now() WHERE false RETURNING email`],
    ['an UPDATE', sql`UPDATE learners SET phone = NULL WHERE false`],
    ['an INSERT', sql`INSERT INTO learners (last_name, first_name, email) VALUES ('a', 'b', 'c')`],
    ['a star', sql`SELECT * FROM staff_users LIMIT 1`],
  ])('refuse a personal column in %s to the run-time role', async (_where, statement) => {
    expect((await sqlState(database.db.execute(statement))).code).toBe('42501');
  });

  it('let the gateway role read a personal column, inside its transaction only', async () => {
    await expect(withRole(database.db, dbRoles.gateway, (tx) => tx.execute(sql`SELECT email FROM learners LIMIT 1`))).resolves.toBeDefined();
    expect((await sqlState(database.db.execute(sql`SELECT email FROM learners LIMIT 1`))).code).toBe('42501');
  });

  it('keep each job to its own tables', async () => {
    const purge = (statement: ReturnType<typeof sql>) => withRole(database.db, dbRoles.packagePurge, (tx) => tx.execute(statement));
    await expect(purge(sql`DELETE FROM request_packages WHERE expires_at < now() - interval '100 years'`)).resolves.toBeDefined();
    expect((await sqlState(purge(sql`SELECT bytes FROM request_packages LIMIT 1`))).code).toBe('42501');
    expect((await sqlState(purge(sql`SELECT id FROM learners LIMIT 1`))).code).toBe('42501');
  });

  it('follow a declaration: a column added to it moves from the run-time role to the gateway', () => {
    const grantsOn = (role: string) => privilegeStatements().find((s) => s.startsWith('GRANT SELECT') && s.endsWith(`ON "learners" TO ${role}`));
    const columns = schema.learnersPersonalData.columns;
    expect(grantsOn(dbRoles.app)).toContain('"status"');
    columns.status = 'profile';
    try {
      expect(grantsOn(dbRoles.app)).not.toContain('"status"');
      expect(grantsOn(dbRoles.gateway)).toContain('"status"');
    } finally {
      delete columns.status;
    }
  });
});
