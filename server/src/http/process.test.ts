import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ServerProcess, startServerProcess } from '../test/server-process.ts';

/**
 * The server as an operator runs it (`pnpm start`'s entry point; in test mode on the embedded
 * database, so that the demo accounts exist): its log, and how it stops.
 */
const DEMO_PASSWORD = 'canary-Zq7!mot-de-passe';
let dir: string;
let server: ServerProcess;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigie-process-'));
  server = await startServerProcess(dir, {
    DATABASE_URL: undefined,
    NODE_ENV: 'test',
    VIGIE_LOG_LEVEL: 'info',
    VIGIE_DATA_DIR: join(dir, 'data'),
    VIGIE_DEMO_PASSWORD: DEMO_PASSWORD,
  });
}, 120_000);
afterAll(async () => {
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

const login = (email: string, password = DEMO_PASSWORD) => call(server.base, 'auth.login', { body: { email, password } });

describe('the log of a running server', () => {
  it('holds no e-mail, password, search text, address or cookie, only ids, procedures and statuses', async () => {
    const signedIn = await login('agent@vigie.test');
    const cookie = String(signedIn.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    await login('agent@vigie.test', 'a wrong password');
    const input = encodeURIComponent(JSON.stringify({ pagination: { page: 1, perPage: 5 }, sort: { field: 'lastName', order: 'ASC' }, filter: { q: 'dupont' } }));
    const search = await call(server.base, `learners.getList?input=${input}`, { headers: { cookie, 'x-vigie-purpose': 'learner_request' } });
    expect(search.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = server.output().split('\n').filter((line) => line.startsWith('{'));
    expect(lines.some((line) => line.includes('"procedure":"learners.getList"'))).toBe(true);
    for (const secret of ['agent@vigie.test', DEMO_PASSWORD, 'a wrong password', 'dupont', '127.0.0.1', cookie.split('=')[1] ?? 'no cookie']) {
      expect(lines.filter((line) => line.includes(secret))).toEqual([]);
    }
  });
});

describe('SIGTERM', () => {
  it('finishes the requests in flight, refuses new ones, and exits 0 within 10 s', async () => {
    // Sign-ins run argon2 (tens of ms each on these cores): 12 of them are still running at the signal.
    const inFlight = Array.from({ length: 12 }, () => login('dpo@vigie.test').then((res) => res.status));
    // Long enough for every request to have been sent (a request still on the wire is not in flight).
    await new Promise((resolve) => setTimeout(resolve, 120));
    const stoppedAt = performance.now();
    server.child.kill('SIGTERM');
    expect(await Promise.all(inFlight)).toEqual(Array(12).fill(200));
    expect(await server.exited).toBe(0);
    expect(performance.now() - stoppedAt).toBeLessThan(10_000);
    await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
  }, 30_000);
});
