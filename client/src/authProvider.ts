import { canAccess } from '@vigie/domain/access';
import type { StaffRole } from '@vigie/domain/roles';
import type { AuthProvider, TranslateFunction } from 'react-admin';
import { toHttpError } from './dataProvider.ts';

export type Identity = { id: string; displayName: string; role: StaffRole };

/** The auth procedures, as plain functions so tests need no HTTP. */
export type AuthApi = {
  login(input: { email: string; password: string }): Promise<Identity>;
  logout(): Promise<unknown>;
  me(signal?: AbortSignal): Promise<Identity>;
};

export type AuthHooks = {
  translate: TranslateFunction;
  /** Runs whenever the server confirms who is signed in (e.g. to preselect the role's purpose). */
  onSignedIn?(identity: Identity): void;
  onSignedOut?(): void;
};

export function createAuthProvider(api: AuthApi, hooks: AuthHooks): AuthProvider {
  // Saves one request per navigation; any 401 from the server clears it, so the server stays the truth.
  let identity: Identity | null = null;

  const remember = (who: Identity) => {
    identity = { id: who.id, displayName: who.displayName, role: who.role };
    hooks.onSignedIn?.(identity);
    return identity;
  };
  const forget = () => {
    identity = null;
    hooks.onSignedOut?.();
  };
  const whoAmI = async (signal?: AbortSignal) => identity ?? remember(await api.me(signal));

  return {
    async login({ username, password }: { username: string; password: string }) {
      try {
        remember(await api.login({ email: username, password }));
      } catch (error) {
        throw new Error(loginErrorMessage(toHttpError(error), hooks.translate));
      }
    },
    async logout() {
      forget();
      // Already signed out on the server (401) is the outcome we wanted.
      await api.logout().catch((error: unknown) => {
        if (statusOf(toHttpError(error)) !== 401) throw error;
      });
    },
    async checkAuth(params?: { signal?: AbortSignal }) {
      await whoAmI(params?.signal);
    },
    async checkError(error: unknown) {
      if (statusOf(error) === 401) {
        forget();
        throw error;
      }
      // 403 and the rest: react-admin shows the message and the person stays signed in.
    },
    async getIdentity() {
      const who = await whoAmI();
      return { id: who.id, fullName: who.displayName, role: who.role };
    },
    getPermissions: async () => (await whoAmI()).role,
    async canAccess({ resource, action }) {
      return canAccess((await whoAmI()).role, resource, action);
    },
  };
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;
}

function loginErrorMessage(error: unknown, translate: TranslateFunction): string {
  const status = statusOf(error);
  if (status === 429) {
    const body = (error as { body?: { retryAfterSeconds?: number } }).body;
    const minutes = Math.max(1, Math.ceil((body?.retryAfterSeconds ?? 60) / 60));
    return translate('vigie.auth.too_many_attempts', { smart_count: minutes });
  }
  if (status === 401) return translate('vigie.auth.invalid_credentials');
  return translate('ra.auth.sign_in_error');
}
