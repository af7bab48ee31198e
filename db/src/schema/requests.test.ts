import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VigieDatabase, withRole } from '../client.ts';
import { dbRoles } from '../privileges.ts';
import { openTestDatabase } from '../testing/database.ts';
import { sqlState } from '../testing/sql-state.ts';
import { staffUsers } from './staff.ts';
import { subjectRequestEvents, subjectRequests } from './requests.ts';

let database: VigieDatabase;
let requestId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.owner();
  const [staff] = await db
    .insert(staffUsers)
    .values({ email: `timeline-${Date.now()}@test.vigie`, displayName: 'Agent', role: 'agent', passwordHash: 'x' })
    .returning();
  const [request] = await db
    .insert(subjectRequests)
    .values({
      types: ['access'],
      receivedAt: '2026-01-31',
      dueAt: '2026-03-02',
      channel: 'email',
      requesterName: 'Jeanne Test',
      createdBy: staff?.id ?? '',
    })
    .returning();
  requestId = request?.id ?? '';
  await db.insert(subjectRequestEvents).values({ requestId, staffId: staff?.id ?? '', kind: 'received' });
});
afterAll(() => database.close());

describe('the request timeline is append-only', () => {
  const statements = () => [
    ['UPDATE', sql`UPDATE subject_request_events SET note = 'forged' WHERE request_id = ${requestId}`],
    ['DELETE', sql`DELETE FROM subject_request_events WHERE request_id = ${requestId}`],
    ['TRUNCATE', sql`TRUNCATE subject_request_events`],
  ] as const;

  it('refuses UPDATE, DELETE and TRUNCATE to the run-time role', async () => {
    for (const [, statement] of statements()) {
      expect((await sqlState(database.db.execute(statement))).code).toBe('42501');
    }
  });

  it('refuses them to the owner through the triggers', async () => {
    for (const [, statement] of statements()) {
      const refused = await database.asOwner((owner) => sqlState(owner.execute(statement)));
      expect(refused.message).toMatch(/append-only/);
    }
  });

  it('lets the gateway correct a request, the run-time role neither correct nor delete it', async () => {
    const update = sql`UPDATE subject_requests SET description = 'précisée' WHERE id = ${requestId}`;
    expect((await sqlState(withRole(database.db, dbRoles.gateway, (tx) => tx.execute(update)))).code).toBe('none');
    expect((await sqlState(database.db.execute(update))).code).toBe('42501');
    const remove = sql`DELETE FROM subject_requests WHERE id = ${requestId}`;
    expect((await sqlState(database.db.execute(remove))).code).toBe('42501');
  });

  it('refuses a request without a type', async () => {
    const empty = sql`UPDATE subject_requests SET types = '{}' WHERE id = ${requestId}`;
    expect((await sqlState(withRole(database.db, dbRoles.gateway, (tx) => tx.execute(empty)))).code).toBe('23514');
  });
});
