import type { Request, Response } from 'express';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsRoute } from '../metrics/route.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { serveApi, sessionCookieOf } from '../test/http.ts';

let h: Harness;
let api: Awaited<ReturnType<typeof serveApi>>;
const FAIL_REF = 'metrics-audit-must-fail';

beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
  api = await serveApi(h.services);
  await h.owner.execute(sql.raw(`CREATE OR REPLACE FUNCTION test_metrics_audit_fails() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`));
  await h.owner.execute(sql.raw(`CREATE TRIGGER test_metrics_audit_fails BEFORE INSERT ON audit_events FOR EACH ROW
    WHEN (NEW.purpose_ref = '${FAIL_REF}') EXECUTE FUNCTION test_metrics_audit_fails()`));
});
afterAll(async () => {
  await api.close();
  await h.close();
});

const scrape = async () => (await fetch(`${api.base}/metrics`)).text();

async function staffRead(cookie: string, ref: string) {
  const input = encodeURIComponent(JSON.stringify({ pagination: { page: 1, perPage: 5 }, sort: { field: 'email', order: 'ASC' } }));
  return fetch(`${api.base}/trpc/staff.getList?input=${input}`, {
    headers: { 'x-vigie-csrf': '1', 'x-vigie-purpose': 'administration', 'x-vigie-purpose-ref': ref, cookie },
  });
}

describe('GET /metrics', () => {
  it('counts requests per procedure and status, audit rows, and the sealer backlog', async () => {
    const admin = await h.staffMember('admin');
    await api.login(admin.email);
    await fetch(`${api.base}/trpc/no.such.procedure`, { headers: { 'x-vigie-csrf': '1' } });
    const text = await scrape();
    expect(text).toMatch(/vigie_http_requests_total\{procedure="auth.login",status="200"\} [1-9]/);
    expect(text).toMatch(/vigie_http_requests_total\{procedure="\(unknown\)",status="404"\} 1/);
    expect(text).toMatch(/vigie_http_request_duration_seconds_count\{procedure="auth.login"\} [1-9]/);
    expect(text).toMatch(/vigie_audit_rows_total\{outcome="written"\} [1-9]/);
    expect(text).toMatch(/vigie_audit_unsealed_rows [1-9]/);
    expect(text).toMatch(/vigie_audit_unsealed_seconds_behind \d/);
    expect(text).not.toContain(admin.email);
  });

  it('answers loopback, or a caller with the bearer token, and nobody else', async () => {
    const answer = async (remoteAddress: string, authorization?: string) => {
      let status = 200;
      const res = { status: (s: number) => ((status = s), res), set: () => res, json: () => res, send: () => res } as unknown as Response;
      const req = { socket: { remoteAddress }, get: (name: string) => (name === 'authorization' ? authorization : undefined) } as unknown as Request;
      await metricsRoute('a-token-of-sixteen-chars')(req, res);
      return status;
    };
    expect(await answer('127.0.0.1')).toBe(200);
    expect(await answer('10.0.0.5')).toBe(401);
    expect(await answer('10.0.0.5', 'Bearer wrong-token-of-sixteen')).toBe(401);
    expect(await answer('10.0.0.5', 'Bearer a-token-of-sixteen-chars')).toBe(200);
  });
});

describe('GET /healthz when audit rows cannot be written (AU-5)', () => {
  it('says degraded with 503 and the log refuses data, then ok again once a row is written', async () => {
    const admin = await h.staffMember('admin');
    const cookie = sessionCookieOf(await api.login(admin.email));
    expect((await staffRead(cookie, FAIL_REF)).status).toBe(500);
    const degraded = await fetch(`${api.base}/healthz`);
    expect(degraded.status).toBe(503);
    expect(await degraded.json()).toMatchObject({ status: 'degraded', db: h.database.kind, audit: 'failing' });
    expect(await scrape()).toMatch(/vigie_audit_rows_total\{outcome="failed"\} [1-9]/);
    expect((await staffRead(cookie, 'OK-1')).status).toBe(200);
    expect(await (await fetch(`${api.base}/healthz`)).json()).toEqual({ status: 'ok', db: h.database.kind });
  });
});
