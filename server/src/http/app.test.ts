import { request } from 'node:http';
import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, TEST_PASSWORD } from '../test/harness.ts';
import { serveApi, sessionCookieOf } from '../test/http.ts';

let h: Harness;
let api: Awaited<ReturnType<typeof serveApi>>;
let base: string;

beforeAll(async () => {
  h = await createHarness();
  api = await serveApi(h.services);
  base = api.base;
});
afterAll(async () => {
  await api.close();
  await h.close();
});

const json = { 'content-type': 'application/json' };
const csrf = { 'x-vigie-csrf': '1' };

const login = (email: string) => api.login(email);

describe('HTTP surface', () => {
  it('answers the health check with the database kind', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok', db: h.database.kind });
  });

  it('refuses a request without the CSRF header before anything runs', async () => {
    const member = await h.staffMember('admin');
    const res = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: member.email, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    const rows = await h.owner.select().from(schema.auditEvents).where(eq(schema.auditEvents.actorStaffId, member.id));
    expect(rows).toEqual([]);
  });

  it('refuses a cross-site read, even with a valid session, and writes no read row', async () => {
    const admin = await h.staffMember('admin');
    const cookie = sessionCookieOf(await login(admin.email));
    const input = encodeURIComponent(JSON.stringify({ id: admin.id }));
    const res = await fetch(`${base}/trpc/staff.getOne?input=${input}`, {
      headers: { cookie, 'x-vigie-purpose': 'administration' },
    });
    expect(res.status).toBe(403);
    const requestId = res.headers.get('x-request-id') ?? '';
    expect(await h.owner.select().from(schema.auditEvents).where(eq(schema.auditEvents.requestId, requestId))).toEqual([]);
  });

  it('refuses a CORS preflight', async () => {
    const res = await fetch(`${base}/trpc/staff.getList`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-headers': 'x-vigie-csrf' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sets an HttpOnly, SameSite=Strict session cookie, not Secure on localhost', async () => {
    const member = await h.staffMember('agent');
    const cookie = (await login(member.email)).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^vigie_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('uses a Secure __Host- cookie outside localhost', async () => {
    const member = await h.staffMember('agent');
    // fetch may not set Host: node:http can.
    const cookie = await new Promise<string>((resolve, reject) => {
      const req = request(`${base}/trpc/auth.login`, {
        method: 'POST',
        headers: { ...json, ...csrf, host: 'vigie.example.fr' },
      });
      req.on('response', (res) => resolve(String(res.headers['set-cookie'] ?? '')));
      req.on('error', reject);
      req.end(JSON.stringify({ email: member.email, password: TEST_PASSWORD }));
    });
    expect(cookie).toMatch(/^__Host-vigie_session=/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).not.toMatch(/Domain=/);
  });

  it('serves the API uncached, with security headers and a request id', async () => {
    const res = await fetch(`${base}/trpc/auth.me`, { headers: csrf });
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('takes JSON bodies only, and answers bad input with the field, no stack', async () => {
    const form = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { ...csrf, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a&password=b',
    });
    expect(form.status).toBe(415);
    const bad = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { ...json, ...csrf },
      body: JSON.stringify({ email: '', password: 'x' }),
    });
    const body = (await bad.json()) as { error: { data: unknown } };
    expect(bad.status).toBe(400);
    expect(body.error.data).toMatchObject({ code: 'BAD_REQUEST', fields: { email: expect.any(Array) } });
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts/);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { ...json, ...csrf },
      body: JSON.stringify({ email: 'x@y.z', password: 'p'.repeat(200_000) }),
    });
    expect(res.status).toBe(413);
  });

  it('carries a purpose from headers to the audit row of an HTTP read', async () => {
    const admin = await h.staffMember('admin');
    const cookie = sessionCookieOf(await login(admin.email));
    const input = encodeURIComponent(JSON.stringify({ id: admin.id }));
    const read = async (ref: string) => {
      const res = await fetch(`${base}/trpc/staff.getOne?input=${input}`, {
        headers: { ...csrf, cookie, 'x-vigie-purpose': 'administration', 'x-vigie-purpose-ref': ref },
      });
      expect(res.status).toBe(200);
      const requestId = res.headers.get('x-request-id') ?? '';
      const [row] = await h.owner.select().from(schema.auditEvents).where(eq(schema.auditEvents.requestId, requestId));
      return row;
    };
    expect(await read('REQ-7')).toMatchObject({ action: 'read', purposeCode: 'administration', purposeRef: 'REQ-7', ip: expect.any(String) });
    // The client percent-encodes the reference: the audit row keeps its accents.
    expect(await read(encodeURIComponent('Réclamation n°12'))).toMatchObject({ purposeRef: 'Réclamation n°12' });
  });
});
