import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openScratchDatabase, schema, selectRows } from '@vigie/db';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyChain } from '../audit/verify.ts';
import { hashPassword } from '../auth/passwords.ts';
import { call, type ServerProcess, startServerProcess } from '../test/server-process.ts';

/**
 * Two server processes on one PostgreSQL, behind nothing but their two ports, as replicas behind a
 * load balancer would be: nothing either needs may live in the other's memory. PostgreSQL only (the
 * embedded database is one process's).
 */
const url = inject('testDatabaseUrl');
const PASSWORD = 'two replicas, one database';
const PLATFORM_TOKEN = randomBytes(24).toString('hex');

describe.skipIf(!url)('two server processes on one PostgreSQL', () => {
  let dir: string;
  let database: Awaited<ReturnType<typeof openScratchDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  const emails = { admin: '', agent: '', victim: '' };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vigie-replicas-'));
    database = await openScratchDatabase(url ?? '', `vigie_replicas_${randomBytes(3).toString('hex')}`, { poolSize: 2 });
    const passwordHash = await hashPassword(PASSWORD);
    for (const role of ['admin', 'agent'] as const) {
      emails[role] = `${role}-replicas@test.vigie`;
      await database.owner().insert(schema.staffUsers).values({ email: emails[role], displayName: `Replica ${role}`, role, passwordHash });
    }
    emails.victim = 'victim-replicas@test.vigie';
    await database.owner().insert(schema.staffUsers).values({ email: emails.victim, displayName: 'Replica victim', role: 'agent', passwordHash });
    // Production mode: no migration, no seed; the sealer runs every 200 ms in both.
    const env = (name: string) => ({
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      VIGIE_SEAL_INTERVAL_MS: '200',
      VIGIE_DATA_DIR: join(dir, name),
      VIGIE_PLATFORM_TOKEN: PLATFORM_TOKEN,
    });
    [a, b] = await Promise.all([startServerProcess(join(dir, 'a'), env('a')), startServerProcess(join(dir, 'b'), env('b'))]);
  }, 120_000);
  afterAll(async () => {
    for (const server of [a, b]) if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    await database?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const signIn = async (server: ServerProcess, email: string, password = PASSWORD) => {
    const res = await call(server.base, 'auth.login', { body: { email, password } });
    return { status: res.status, cookie: String(res.headers['set-cookie'] ?? '').split(';')[0] ?? '' };
  };
  const me = (server: ServerProcess, cookie: string) => call(server.base, 'auth.me', { headers: { cookie } });

  it('share sessions: signed in on one, known on the other; signed out on one, gone on both', async () => {
    const { cookie } = await signIn(a, emails.agent);
    expect((await me(b, cookie)).status).toBe(200);
    expect((await call(b.base, 'auth.logout', { body: {}, headers: { cookie } })).status).toBe(200);
    expect((await me(a, cookie)).status).toBe(401);
    expect((await me(b, cookie)).status).toBe(401);
  });

  it("run their jobs on a thread of their own, and count each job's runs in their own /metrics", async () => {
    const sealerRuns = async (server: ServerProcess) => {
      const metrics = await (await fetch(`${server.base}/metrics`)).text();
      return Number(/^vigie_job_runs_total\{job="audit-seal",outcome="ok"\} (\d+)$/m.exec(metrics)?.[1] ?? 0);
    };
    // The sealer runs every 200 ms once the thread has loaded its code.
    for (const server of [a, b]) {
      await expect.poll(() => sealerRuns(server), { timeout: 15_000, interval: 250 }).toBeGreaterThan(0);
    }
  }, 30_000);

  it('share an account being disabled: its session ends on both at once', async () => {
    const victim = await signIn(b, emails.victim);
    const admin = await signIn(a, emails.admin);
    const [row] = await database.owner().select({ id: schema.staffUsers.id }).from(schema.staffUsers).where(eq(schema.staffUsers.email, emails.victim));
    const disabled = await call(a.base, 'staff.update', {
      body: { id: row?.id, data: { disabled: true } },
      headers: { cookie: admin.cookie, 'x-vigie-purpose': 'administration' },
    });
    expect(disabled.status).toBe(200);
    expect((await me(b, victim.cookie)).status).toBe(401);
    expect((await me(a, victim.cookie)).status).toBe(401);
  });

  it("share a learner's block: blocked through one, refused by the platform's list on the other", async () => {
    const [learner] = await database
      .owner()
      .insert(schema.learners)
      .values({ firstName: 'Bloqué', lastName: 'Réplique', email: `blocked-${randomBytes(3).toString('hex')}@exemple.fr` })
      .returning({ id: schema.learners.id });
    const blockedOn = async (server: ServerProcess) => {
      const res = await fetch(`${server.base}/platform/blocked-learners`, { headers: { authorization: `Bearer ${PLATFORM_TOKEN}` } });
      expect(res.status).toBe(200);
      return ((await res.json()) as { learnerIds: string[] }).learnerIds;
    };
    expect(await blockedOn(b)).not.toContain(learner?.id);
    const admin = await signIn(a, emails.admin);
    const blocked = await call(a.base, 'learners.block', {
      body: { id: learner?.id, reason: 'Connexions simultanées depuis deux pays.', reviewOn: '2099-01-01' },
      headers: { cookie: admin.cookie, 'x-vigie-purpose': 'administration' },
    });
    expect(blocked.status).toBe(200);
    expect(await blockedOn(b)).toContain(learner?.id);
    expect(await blockedOn(a)).toContain(learner?.id);
  });

  it('share the sign-in throttle: failures on one count on the other', async () => {
    // Five free failures, spread over both processes; the next attempt waits, wherever it comes.
    for (let i = 0; i < 5; i += 1) expect((await signIn(i % 2 ? a : b, emails.agent, 'wrong')).status).toBe(401);
    expect((await signIn(b, emails.agent)).status).toBe(429);
    expect((await signIn(a, emails.agent)).status).toBe(429);
  });

  it('seal the audit log once: one linear chain, every event sealed exactly once', async () => {
    const admin = await signIn(b, emails.admin);
    const input = encodeURIComponent(JSON.stringify({ pagination: { page: 1, perPage: 5 }, sort: { field: 'email', order: 'ASC' } }));
    const reads = Array.from({ length: 40 }, (_, i) =>
      call(i % 2 ? a.base : b.base, `staff.getList?input=${input}`, { headers: { cookie: admin.cookie, 'x-vigie-purpose': 'administration' } }),
    );
    expect((await Promise.all(reads)).every((res) => res.status === 200)).toBe(true);
    const sealed = async () => {
      const [events] = await database.owner().select({ n: count() }).from(schema.auditEvents);
      const [links] = await database.owner().select({ n: count() }).from(schema.auditChain);
      return events?.n === links?.n;
    };
    for (let tries = 0; !(await sealed()) && tries < 50; tries += 1) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await sealed()).toBe(true);
    const [twice] = await selectRows<{ n: number }>(
      database.owner(),
      sql`SELECT count(*)::int AS n FROM (SELECT event_id FROM audit_chain GROUP BY event_id HAVING count(*) > 1) d`,
    );
    expect(twice?.n).toBe(0);
    expect((await verifyChain(database.db)).firstBreak).toBeNull();
  });

  it('run as workers of one primary on one port (VIGIE_WORKERS), and all stop on SIGTERM', async () => {
    const primary = await startServerProcess(join(dir, 'workers'), {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      VIGIE_WORKERS: '2',
      VIGIE_DATA_DIR: join(dir, 'workers-data'),
    });
    const children = () =>
      readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[3] === String(primary.child.pid));
    expect(children()).toHaveLength(2);
    const { cookie } = await signIn(primary, emails.admin);
    expect((await me(primary, cookie)).status).toBe(200);
    primary.child.kill('SIGTERM');
    expect(await primary.exited).toBe(0);
    expect(children()).toEqual([]);
  }, 60_000);
});
