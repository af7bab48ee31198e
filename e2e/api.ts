import { type APIRequestContext, expect } from '@playwright/test';
import { DEMO_PASSWORD, type DemoRole, demo } from './session.ts';

type Purpose = { purpose: string; ref?: string };

/**
 * The API as a script would use it (docs/interface.md): a session of its own, separate from the
 * browser's, signed in over HTTP; every call carries the CSRF header and a purpose.
 */
export async function apiAs(request: APIRequestContext, role: DemoRole) {
  const login = await request.post('/trpc/auth.login', {
    headers: { 'x-vigie-csrf': '1' },
    data: { email: demo[role].email, password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  return {
    async query<T>(path: string, input: unknown, { purpose, ref }: Purpose): Promise<T> {
      const headers: Record<string, string> = { 'x-vigie-csrf': '1', 'x-vigie-purpose': purpose };
      if (ref) headers['x-vigie-purpose-ref'] = ref;
      const res = await request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });
      expect(res.status(), await res.text()).toBe(200);
      return ((await res.json()) as { result: { data: T } }).result.data;
    },
  };
}
