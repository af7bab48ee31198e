import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { serveApi, sessionCookieOf } from '../test/http.ts';

/** Inputs a fuzzer found answering 500 (issue 11): each must be a 4xx that names what to fix. */
let h: Harness;
let api: Awaited<ReturnType<typeof serveApi>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  api = await serveApi(h.services);
  for (const role of ['agent', 'admin'] as const) {
    cookies[role] = sessionCookieOf(await api.login((await h.staffMember(role)).email));
  }
});
afterAll(async () => {
  await api.close();
  await h.close();
});

const post = (role: 'agent' | 'admin', path: string, body: string) =>
  fetch(`${api.base}/trpc/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-vigie-csrf': '1',
      'x-vigie-purpose': role === 'agent' ? 'learner_request' : 'administration',
      cookie: cookies[role] ?? '',
    },
    body,
  });

type ErrorBody = { error: { message: string; data: { code: string; httpStatus: number; fields?: Record<string, string[]> } } };

/** Nothing in an error body may quote SQL, its parameters or a password hash. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/insert into|select |\$argon2|Failed query|params|stack/i);
}

describe('a NUL character in a text field', () => {
  const nul = 'Jeanne\u0000Martin';
  it.each([
    ['requests.create', 'agent', { data: { types: ['access'], receivedAt: '2026-01-02', channel: 'email', requesterName: nul } }, 'data.requesterName'],
    ['requests.create', 'agent', { data: { types: ['access'], receivedAt: '2026-01-02', channel: 'email', requesterName: 'J', requesterContact: nul } }, 'data.requesterContact'],
    ['requests.create', 'agent', { data: { types: ['access'], receivedAt: '2026-01-02', channel: 'email', requesterName: 'J', description: nul } }, 'data.description'],
    ['staff.create', 'admin', { data: { email: 'nul@test.vigie', displayName: nul, role: 'agent', password: 'a long enough password' } }, 'data.displayName'],
  ] as const)('%s as %s answers 400 naming the field, with nothing written', async (path, role, input, field) => {
    const before = await h.owner.select({ id: schema.staffUsers.id }).from(schema.staffUsers).where(eq(schema.staffUsers.email, 'nul@test.vigie'));
    const res = await post(role, path, JSON.stringify(input));
    const text = await res.text();
    expect(res.status).toBe(400);
    const body = JSON.parse(text) as ErrorBody;
    expect(body.error.data.fields?.[field]).toEqual([expect.stringMatching(/caractère nul/i)]);
    expectNoInternals(text);
    const after = await h.owner.select({ id: schema.staffUsers.id }).from(schema.staffUsers).where(eq(schema.staffUsers.email, 'nul@test.vigie'));
    expect(after).toEqual(before);
  });
});

describe('a deeply nested body', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it.each([
    ['as a mutation body', () => post('agent', 'interactions.create', `{"data":${nested(20_000)}}`)],
    [
      'as a query input',
      // As deep as fits in a URL (Node refuses longer ones with 431 before any code runs).
      () =>
        fetch(`${api.base}/trpc/learners.getOne?input=${encodeURIComponent(`{"id":${nested(2_000)}}`)}`, {
          headers: { 'x-vigie-csrf': '1', 'x-vigie-purpose': 'learner_request', cookie: cookies.agent ?? '' },
        }),
    ],
  ])('is refused %s with 400 or 413, never 500', async (_how, send) => {
    const res = await send();
    expect([400, 413]).toContain(res.status);
    expectNoInternals(await res.text());
  });
});

describe('error bodies', () => {
  it('never carry SQL or parameters, even for a database error (a duplicate e-mail is a field error)', async () => {
    const input = { data: { email: 'twice@test.vigie', displayName: 'Deux Fois', role: 'agent', password: 'a long enough password' } };
    expect((await post('admin', 'staff.create', JSON.stringify(input))).status).toBe(200);
    const res = await post('admin', 'staff.create', JSON.stringify(input));
    const text = await res.text();
    expect(res.status).toBe(400);
    expect((JSON.parse(text) as ErrorBody).error.data.fields?.['data.email']).toBeDefined();
    expectNoInternals(text);
  });
});
