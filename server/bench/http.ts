import autocannon from 'autocannon';

/** Headers every /trpc call needs, and the purpose an audited read must give. */
export function apiHeaders(cookie: string, purpose = 'administration'): Record<string, string> {
  return { cookie, 'x-vigie-csrf': '1', 'x-vigie-purpose': purpose };
}

/** Signs in through `POST /trpc/auth.login` and returns the `vigie_session` cookie to send back. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-vigie-csrf': '1' },
    body: JSON.stringify({ email, password }),
  });
  const session = response.headers
    .getSetCookie()
    .map((line) => /^vigie_session=([^;]+)/.exec(line)?.[1])
    .find((token) => token);
  if (!response.ok || !session) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return `vigie_session=${session}`;
}

export const getOnePath = (id: string) => `/trpc/staff.getOne?input=${encodeURIComponent(JSON.stringify({ id }))}`;

export const getListPath = (page: number) =>
  `/trpc/staff.getList?input=${encodeURIComponent(
    JSON.stringify({ pagination: { page, perPage: 25 }, sort: { field: 'displayName', order: 'ASC' } }),
  )}`;

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** Signs each of `emails` in: one session per simulated user. */
export const signInAll = (baseUrl: string, emails: readonly string[], password: string) =>
  Promise.all(emails.map((email) => signIn(baseUrl, email, password)));

/**
 * autocannon over `paths`, each connection starting at its own place in the list so that the
 * connections do not ask for the same rows in step. `headers` may give each connection its own (its
 * own session: a server shares what concurrent calls of one session ask alike).
 */
export async function load(
  baseUrl: string,
  paths: string[],
  headers: Record<string, string> | Record<string, string>[],
  options: { connections: number; seconds: number },
): Promise<LoadFigures> {
  let nextClient = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    headers: Array.isArray(headers) ? headers[0] : headers,
    requests: [{ method: 'GET', path: paths[0] ?? '/' }],
    setupClient(client) {
      const index = nextClient++;
      const own = Array.isArray(headers) ? (headers[index % headers.length] as Record<string, string>) : headers;
      const offset = Math.floor((index * paths.length) / options.connections);
      const rotated = [...paths.slice(offset), ...paths.slice(0, offset)];
      client.setRequests(rotated.map((path) => ({ method: 'GET', path, headers: own })));
    },
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
