import type { AddressInfo } from 'node:net';
import type { Services } from '../context.ts';
import { createApi, createHttpServer } from '../http/app.ts';
import { TEST_PASSWORD } from './harness.ts';

/** The real API on a free local port, for the few tests about HTTP itself (cookies, headers, bodies). */
export async function serveApi(services: Services) {
  const server = createHttpServer(createApi(services)).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    /** Signs in over HTTP; returns the response, whose Set-Cookie the caller may inspect. */
    login: (email: string) =>
      fetch(`${base}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-vigie-csrf': '1' },
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** `name=value` of the session cookie a sign-in answer set. */
export const sessionCookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
