import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../http/app.ts';
import { createHarness, type Harness, TEST_PASSWORD } from '../test/harness.ts';
import { images } from '../test/images.ts';
import { insertLearner } from '../test/records.ts';
import { PHOTO_MAX_BYTES } from './photo.ts';

let h: Harness;
let server: Server;
let base: string;
let headers: Record<string, string>;

beforeAll(async () => {
  h = await createHarness();
  server = createApi(h.services).listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const agent = await h.staffMember('agent');
  const login = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-vigie-csrf': '1' },
    body: JSON.stringify({ email: agent.email, password: TEST_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  headers = { cookie, 'content-type': 'application/json', 'x-vigie-csrf': '1', 'x-vigie-purpose': 'learner_request' };
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await h.close();
});

const upload = (body: unknown) =>
  fetch(`${base}/trpc/learners.uploadPhoto`, { method: 'POST', headers, body: JSON.stringify(body) });

describe('photo upload over HTTP', () => {
  it('takes a 2 MB photo although other bodies are limited to 100 kB', async () => {
    const learner = await insertLearner(h.db);
    const base64 = images.jpeg(PHOTO_MAX_BYTES).toString('base64');
    const res = await upload({ id: learner.id, mimeType: 'image/jpeg', base64 });
    expect(res.status).toBe(200);
  });

  it('refuses a 10 MB body before parsing it', async () => {
    const learner = await insertLearner(h.db);
    const base64 = images.jpeg(10 * 1024 * 1024).toString('base64');
    const res = await upload({ id: learner.id, mimeType: 'image/jpeg', base64 });
    expect(res.status).toBe(413);
  });

  it('answers a forged type with 400 and the field', async () => {
    const learner = await insertLearner(h.db);
    const res = await upload({ id: learner.id, mimeType: 'image/png', base64: images.jpeg().toString('base64') });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { data: { code: 'BAD_REQUEST', fields: { base64: expect.any(Array) } } } });
  });
});
