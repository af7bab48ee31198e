import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { serveApi, sessionCookieOf } from '../test/http.ts';
import { images } from '../test/images.ts';
import { insertLearner } from '../test/records.ts';
import { PHOTO_MAX_BYTES } from './photo.ts';

let h: Harness;
let api: Awaited<ReturnType<typeof serveApi>>;
let headers: Record<string, string>;

beforeAll(async () => {
  h = await createHarness();
  api = await serveApi(h.services);
  const cookie = sessionCookieOf(await api.login((await h.staffMember('agent')).email));
  headers = { cookie, 'content-type': 'application/json', 'x-vigie-csrf': '1', 'x-vigie-purpose': 'learner_request' };
});
afterAll(async () => {
  await api.close();
  await h.close();
});

const upload = (body: unknown) =>
  fetch(`${api.base}/trpc/learners.uploadPhoto`, { method: 'POST', headers, body: JSON.stringify(body) });

describe('photo upload over HTTP', () => {
  it('takes a 2 MB photo although other bodies are limited to 100 kB', async () => {
    const learner = await insertLearner(h.owner);
    const base64 = images.jpeg(PHOTO_MAX_BYTES).toString('base64');
    const res = await upload({ id: learner.id, mimeType: 'image/jpeg', base64 });
    expect(res.status).toBe(200);
  });

  it('refuses a 10 MB body before parsing it', async () => {
    const learner = await insertLearner(h.owner);
    const base64 = images.jpeg(10 * 1024 * 1024).toString('base64');
    const res = await upload({ id: learner.id, mimeType: 'image/jpeg', base64 });
    expect(res.status).toBe(413);
  });

  it('answers a forged type with 400 and the field', async () => {
    const learner = await insertLearner(h.owner);
    const res = await upload({ id: learner.id, mimeType: 'image/png', base64: images.jpeg().toString('base64') });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { data: { code: 'BAD_REQUEST', fields: { base64: expect.any(Array) } } } });
  });
});
