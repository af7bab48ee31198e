import { randomUUID } from 'node:crypto';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../context.ts';
import { appRouter } from '../router.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { serveApi, sessionCookieOf } from '../test/http.ts';

let h: Harness;
let api: Awaited<ReturnType<typeof serveApi>>;
let token: string;
let adminId: string;

beforeAll(async () => {
  h = await createHarness();
  api = await serveApi(h.services);
  const admin = await h.staffMember('admin');
  adminId = admin.id;
  token = sessionCookieOf(await api.login(admin.email)).split('=')[1] ?? '';
});
afterAll(async () => {
  await api.close();
  await h.close();
});

interface Call {
  name: string;
  method: 'GET' | 'POST';
  /** After `/trpc/`, query string included. */
  path: string;
  body?: string;
  signedIn?: boolean;
}

const query = (procedure: string, input: unknown) => `${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

const calls = (id = adminId): Call[] => [
  { name: 'a query answered', method: 'GET', path: 'auth.me', signedIn: true },
  { name: 'an audited read', method: 'GET', path: query('staff.getOne', { id }), signedIn: true },
  { name: 'a record that does not exist', method: 'GET', path: query('staff.getOne', { id: randomUUID() }), signedIn: true },
  { name: 'invalid input, named in French', method: 'GET', path: query('staff.getOne', { id: 'nope' }), signedIn: true },
  { name: 'no session', method: 'GET', path: 'auth.me' },
  { name: 'an unknown procedure', method: 'GET', path: 'staff.nothing', signedIn: true },
  { name: 'a query sent as a mutation', method: 'POST', path: 'auth.me', body: '{}', signedIn: true },
  { name: 'a mutation sent as a query', method: 'GET', path: query('staff.update', { id, data: {} }), signedIn: true },
  { name: 'input that is not JSON', method: 'GET', path: 'staff.getOne?input=%7Bnope', signedIn: true },
  { name: 'a refused mutation', method: 'POST', path: 'staff.update', body: JSON.stringify({ id: 'x', data: {} }), signedIn: true },
  { name: 'a batch', method: 'GET', path: `auth.me,staff.getOne?batch=1&input=${encodeURIComponent(JSON.stringify({ 1: { id } }))}`, signedIn: true },
];

const headersOf = (call: Call): Record<string, string> => ({
  'x-vigie-csrf': '1',
  'x-vigie-purpose': 'fraud_investigation',
  ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
  ...(call.signedIn ? { cookie: `vigie_session=${token}` } : {}),
});

/** The same call answered by tRPC's own fetch handler, in process, with the same session and purpose. */
async function byTrpcItself(call: Call) {
  const req = new Request(`http://vigie/trpc/${call.path}`, {
    method: call.method,
    headers: headersOf(call),
    ...(call.body === undefined ? {} : { body: call.body }),
  });
  const info = {
    requestId: randomUUID(),
    ip: '127.0.0.1',
    userAgent: 'vitest',
    purposeCode: 'fraud_investigation',
    purposeRef: null,
    sessionToken: call.signedIn ? token : null,
  };
  const jar = { set: () => {}, clear: () => {} };
  const res = await fetchRequestHandler({ router: appRouter, req, endpoint: '/trpc', createContext: () => createContext(h.services, info, jar) });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('the tRPC handler', () => {
  // The calls need the admin's id, known once beforeAll has run: the list is built inside the test.
  it.each(calls().map((c) => c.name))('answers %s as tRPC itself does', async (name) => {
    const call = calls().find((c) => c.name === name) as Call;
    const res = await fetch(`${api.base}/trpc/${call.path}`, {
      method: call.method,
      headers: headersOf(call),
      ...(call.body === undefined ? {} : { body: call.body }),
    });
    const body: unknown = await res.json();
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0);
    expect({ status: res.status, body }).toEqual(await byTrpcItself(call));
  });
});
