import { TRPCClientError } from '@trpc/client';
import { HttpError } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { type AuthApi, createAuthProvider, type Identity } from './authProvider.ts';
import { i18nProvider } from './i18n.ts';

const admin: Identity = { id: 'a1', displayName: 'Alice Admin', role: 'admin' };

function trpcError(httpStatus: number, data: Record<string, unknown> = {}) {
  return TRPCClientError.from({ error: { code: -32600, message: 'x', data: { code: 'X', httpStatus, ...data } } });
}

function setup(api: Partial<AuthApi> = {}) {
  const full: AuthApi = {
    login: vi.fn(async () => admin),
    logout: vi.fn(async () => ({ ok: true })),
    me: vi.fn(async () => admin),
    ...api,
  };
  const hooks = { translate: i18nProvider.translate, onSignedIn: vi.fn(), onSignedOut: vi.fn() };
  return { api: full, hooks, provider: createAuthProvider(full, hooks) };
}

describe('authProvider.checkError', () => {
  it('rejects on 401 so react-admin signs the person out', async () => {
    const { provider, hooks } = setup();
    await expect(provider.checkError(new HttpError('Session absente', 401))).rejects.toBeDefined();
    expect(hooks.onSignedOut).toHaveBeenCalled();
  });

  it('resolves on 403 and 400: the error is shown, the session kept', async () => {
    const { provider } = setup();
    await expect(provider.checkError(new HttpError('Accès refusé.', 403))).resolves.toBeUndefined();
    await expect(provider.checkError(new HttpError("Motif d'accès manquant", 400))).resolves.toBeUndefined();
  });
});

describe('authProvider.login', () => {
  it('sends the username as email and announces the identity', async () => {
    const { provider, api, hooks } = setup();
    await provider.login({ username: 'admin@vigie.test', password: 'secret' });
    expect(api.login).toHaveBeenCalledWith({ email: 'admin@vigie.test', password: 'secret' });
    expect(hooks.onSignedIn).toHaveBeenCalledWith(admin);
  });

  it('says "Identifiants invalides" for bad credentials', async () => {
    const { provider } = setup({ login: () => Promise.reject(trpcError(401)) });
    await expect(provider.login({ username: 'a', password: 'b' })).rejects.toThrow('Identifiants invalides');
  });

  it('says how many minutes to wait when throttled, rounded up', async () => {
    const { provider } = setup({ login: () => Promise.reject(trpcError(429, { retryAfterSeconds: 90 })) });
    await expect(provider.login({ username: 'a', password: 'b' })).rejects.toThrow(
      'Trop de tentatives, réessayez dans 2 minutes',
    );
  });
});

describe('authProvider: identity and access', () => {
  it('asks the server once per page session, then reads the role table', async () => {
    const { provider, api } = setup();
    await provider.checkAuth({});
    expect(await provider.getIdentity?.()).toEqual({ id: 'a1', fullName: 'Alice Admin', role: 'admin' });
    expect(await provider.canAccess?.({ resource: 'staff', action: 'list' })).toBe(true);
    expect(await provider.canAccess?.({ resource: 'audit', action: 'list' })).toBe(false);
    expect(api.me).toHaveBeenCalledTimes(1);
  });

  it('denies staff screens to an agent', async () => {
    const { provider } = setup({ me: async () => ({ ...admin, role: 'agent' }) });
    expect(await provider.canAccess?.({ resource: 'staff', action: 'list' })).toBe(false);
    expect(await provider.getPermissions?.({})).toBe('agent');
  });

  it('signs out even when the server session is already gone (401)', async () => {
    const { provider } = setup({ logout: () => Promise.reject(trpcError(401)) });
    await expect(provider.logout({})).resolves.toBeUndefined();
  });
});
