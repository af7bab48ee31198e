import { selectRows } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { serveApi, sessionCookieOf } from '../test/http.ts';

/**
 * OWASP ASVS 4.0 checks that have no better home. The others live beside what they test:
 * - V3 sessions: 256-bit token, hash only stored, new token at each sign-in (fixation), idle 30 min,
 *   absolute 12 h, revocation on sign-out, disable and password reset: auth/sessions.test.ts;
 *   revocation across processes: http/replicas.test.ts.
 * - V3.4 cookies: HttpOnly, SameSite=Strict, Secure `__Host-` outside localhost: http/app.test.ts.
 * - V2.2 lockout and throttling before argon2: auth/login.test.ts, auth/throttle.test.ts.
 * - V4.2.2 CSRF: the custom header, a preflight refused, a cross-site read: http/app.test.ts; a form
 *   POST and a cross-site GET below.
 * - V14.4 security headers: http/app.test.ts and below; V7.4 error bodies: http/bad-input.test.ts and
 *   the fuzzer (http/fuzz.test.ts); V7.1 no secrets in logs: http/process.test.ts.
 */
let h: Harness;
let api: Awaited<ReturnType<typeof serveApi>>;
let adminCookie: string;

beforeAll(async () => {
  h = await createHarness();
  api = await serveApi(h.services);
  adminCookie = sessionCookieOf(await api.login((await h.staffMember('admin')).email));
});
afterAll(async () => {
  await api.close();
  await h.close();
});

describe('CSRF (ASVS 4.2.2)', () => {
  it('refuses a cross-site form POST (multipart, no custom header possible) before anything runs', async () => {
    const form = new FormData();
    form.append('data', JSON.stringify({ email: 'csrf@test.vigie', displayName: 'CSRF', role: 'admin', password: 'a long enough password' }));
    const res = await fetch(`${api.base}/trpc/staff.create`, { method: 'POST', body: form, headers: { cookie: adminCookie, origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    const created = await selectRows(h.owner, sql`SELECT 1 FROM staff_users WHERE email = 'csrf@test.vigie'`);
    expect(created).toEqual([]);
  });

  it('refuses a multipart POST even with the header: mutations take JSON only', async () => {
    const form = new FormData();
    form.append('id', 'x');
    const res = await fetch(`${api.base}/trpc/staff.create`, { method: 'POST', body: form, headers: { cookie: adminCookie, 'x-vigie-csrf': '1' } });
    expect(res.status).toBe(415);
  });

  it('refuses a cross-site GET (an image or a link: no custom header)', async () => {
    const input = encodeURIComponent(JSON.stringify({ pagination: { page: 1, perPage: 5 }, sort: { field: 'email', order: 'ASC' } }));
    const res = await fetch(`${api.base}/trpc/staff.getList?input=${input}`, { headers: { cookie: adminCookie, 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('@');
  });
});

describe('security headers (ASVS 14.4)', () => {
  it('forbid framing, sniffing and referrers, and set a strict CSP, on the API and the health check', async () => {
    for (const path of ['/healthz', '/trpc/auth.me']) {
      const res = await fetch(`${api.base}${path}`, { headers: { 'x-vigie-csrf': '1' } });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'self'/);
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('a canary password (ASVS 2.4.1, 7.1.1)', () => {
  it('is found in no column of any table, whether set, reset or mistyped', async () => {
    const canaries = ['canary-set-Kx93!q', 'canary-reset-Pz41!w', 'canary-typo-Mv27!e'];
    const post = (path: string, body: unknown) =>
      fetch(`${api.base}/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-vigie-csrf': '1', 'x-vigie-purpose': 'administration', cookie: adminCookie },
        body: JSON.stringify(body),
      });
    const created = await post('staff.create', { data: { email: 'canary@test.vigie', displayName: 'Canari', role: 'agent', password: canaries[0] } });
    const { result } = (await created.json()) as { result: { data: { data: { id: string } } } };
    expect((await post('staff.resetPassword', { id: result.data.data.id, password: canaries[1] })).status).toBe(200);
    expect((await post('auth.login', { email: 'canary@test.vigie', password: canaries[2] })).status).toBe(401);

    const tables = await selectRows<{ schema: string; name: string }>(
      h.owner,
      sql`SELECT schemaname AS schema, tablename AS name FROM pg_tables WHERE schemaname IN ('public', 'drizzle')`,
    );
    const hits: string[] = [];
    for (const { schema, name } of tables) {
      for (const canary of canaries) {
        const [row] = await selectRows<{ n: number }>(
          h.owner,
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(schema)}.${sql.identifier(name)} t WHERE strpos(t::text, ${canary}) > 0`,
        );
        if (row?.n) hits.push(`${name}: ${canary}`);
      }
    }
    expect(tables.length).toBeGreaterThan(20);
    expect(hits).toEqual([]);
  });
});
