import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { serveApi, sessionCookieOf } from '../test/http.ts';
import { CONTRACT_MAX_BYTES } from './contract.ts';

let h: Harness;
let api: Awaited<ReturnType<typeof serveApi>>;
let headers: Record<string, string>;
const google = '8e0f1d52-6c1a-4f0e-9d3a-000000000001';

beforeAll(async () => {
  h = await createHarness();
  api = await serveApi(h.services);
  const cookie = sessionCookieOf(await api.login((await h.staffMember('dpo')).email));
  headers = { cookie, 'content-type': 'application/json', 'x-vigie-csrf': '1', 'x-vigie-purpose': 'registers' };
});
afterAll(async () => {
  await api.close();
  await h.close();
});

const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);
const upload = (bytes: Buffer) =>
  fetch(`${api.base}/trpc/processors.uploadContract`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ id: google, base64: bytes.toString('base64') }),
  });

describe('signed-contract upload over HTTP', () => {
  it('takes a 10 MB PDF although other bodies are limited to 100 kB', async () => {
    const res = await upload(pdf(CONTRACT_MAX_BYTES));
    expect(res.status).toBe(200);
  });

  it('refuses a 50 MB body before parsing it', async () => {
    const res = await upload(pdf(50 * 1024 * 1024));
    expect(res.status).toBe(413);
  });
});
