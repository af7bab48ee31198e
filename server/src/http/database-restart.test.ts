import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openScratchDatabase, schema, selectRows } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashPassword } from '../auth/passwords.ts';
import { call, type ServerProcess, startServerProcess } from '../test/server-process.ts';
import { canStartCluster, startThrowawayCluster } from '../test/throwaway-cluster.ts';

/**
 * PostgreSQL crashes under load (`pg_ctl -m immediate` on a cluster of the test's own) and comes back:
 * no answer that carried data may lack its audit row, and the server must serve again without being
 * restarted. Run with the PostgreSQL suite, once per CI run.
 */
const PASSWORD = 'the database will crash';
const CLIENTS = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!inject('testDatabaseUrl') || !canStartCluster())('a PostgreSQL crash under load', () => {
  let dir: string;
  let cluster: Awaited<ReturnType<typeof startThrowawayCluster>>;
  let database: Awaited<ReturnType<typeof openScratchDatabase>>;
  let server: ServerProcess;
  let ids: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vigie-restart-'));
    cluster = await startThrowawayCluster(15_400 + Math.floor(Math.random() * 500));
    database = await openScratchDatabase(cluster.url, 'vigie_restart', { poolSize: 2 });
    const passwordHash = await hashPassword(PASSWORD);
    const rows = await database
      .owner()
      .insert(schema.staffUsers)
      .values(Array.from({ length: 50 }, (_, i) => ({ email: `staff-${i}@test.vigie`, displayName: `Staff ${i}`, role: 'admin' as const, passwordHash })))
      .returning({ id: schema.staffUsers.id });
    ids = rows.map((row) => row.id);
    server = await startServerProcess(dir, { NODE_ENV: 'production', DATABASE_URL: database.url, VIGIE_DATA_DIR: join(dir, 'data') });
  }, 180_000);
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    await database?.close().catch(() => {});
    await cluster?.remove();
    await rm(dir, { recursive: true, force: true });
  });

  it('loses no audit row, and serves again once PostgreSQL is back', async () => {
    const login = await call(server.base, 'auth.login', { body: { email: 'staff-0@test.vigie', password: PASSWORD } });
    const cookie = String(login.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    const served: { requestId: string; after: boolean }[] = [];
    let failed = 0;
    let phase: 'before' | 'down' | 'after' = 'before';
    let running = true;
    const client = async (n: number) => {
      for (let i = n; running; i += CLIENTS) {
        const input = encodeURIComponent(JSON.stringify({ id: ids[i % ids.length] }));
        const res = await call(server.base, `staff.getOne?input=${input}`, { headers: { cookie, 'x-vigie-purpose': 'administration' } }).catch(() => null);
        if (res?.status === 200) served.push({ requestId: String(res.headers['x-request-id']), after: phase === 'after' });
        else failed += 1;
        if (!res || res.status !== 200) await sleep(50);
      }
    };
    const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
    await sleep(1_500);
    phase = 'down';
    await cluster.crash();
    await sleep(1_000);
    await cluster.start();
    phase = 'after';
    await sleep(3_000);
    running = false;
    await Promise.all(clients);

    expect(server.child.exitCode).toBeNull();
    expect(served.filter((s) => !s.after).length).toBeGreaterThan(0);
    expect(served.filter((s) => s.after).length).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
    const audited = await selectRows<{ id: string }>(
      database.owner(),
      sql`SELECT DISTINCT request_id::text AS id FROM audit_events
          WHERE request_id IN (SELECT value::uuid FROM json_array_elements_text(${JSON.stringify(served.map((s) => s.requestId))}::text::json))`,
    );
    const missing = served.filter((s) => !audited.some((row) => row.id === s.requestId));
    expect(missing).toEqual([]);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  }, 60_000);
});
