import type { Database, DatabaseKind, VigieDatabase } from '@vigie/db';
import { type RequestOrigin, recordAuditEvent } from './audit/events.ts';
import { findSession, type SignedInStaff } from './auth/sessions.ts';
import type { LoginThrottle } from './auth/throttle.ts';
import type { Config } from './config.ts';
import type { PurposeRecord } from './audit/purpose.ts';

/**
 * What lives as long as the process: one per server, shared by every request. The database is the
 * run-time role's alone: it reads no personal column; only the audited gateway switches roles.
 */
export interface Services {
  db: Database;
  databaseKind: DatabaseKind;
  /** Reads as another role, unable to write: the audited gateway's reads (audit/gateway.ts) and nothing else. */
  readAs: VigieDatabase['readAs'];
  config: Config;
  now: () => Date;
  throttle: LoginThrottle;
}

/** How a procedure sets or clears the session cookie without knowing about HTTP. */
export interface SessionCookies {
  set(token: string): void;
  clear(): void;
}

export interface RequestInfo {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  purposeCode: string | null;
  purposeRef: string | null;
  sessionToken: string | null;
}

export interface Context {
  services: Services;
  /** The run-time database; inside an audited procedure, the transaction that also writes the audit row. */
  db: Database;
  request: RequestInfo;
  staff: SignedInStaff | null;
  sessionHash: string | null;
  /** The purpose `request.purposeCode` names, read from the register with the session (null: unknown). */
  purpose: PurposeRecord | null;
  cookies: SessionCookies;
}

export async function createContext(
  services: Services,
  request: RequestInfo,
  cookies: SessionCookies,
): Promise<Context> {
  const { db } = services;
  const context: Context = { services, db, request, staff: null, sessionHash: null, purpose: null, cookies };
  if (!request.sessionToken) return context;
  const session = await findSession(db, request.sessionToken, services.now(), services.config.session, request.purposeCode);
  if (session.status === 'active') {
    return { ...context, staff: session.staff, sessionHash: session.tokenHash, purpose: session.purpose };
  }
  cookies.clear();
  if (session.status === 'expired') {
    await recordAuditEvent(db, originOf(context, { staffId: session.staffId, sessionHash: session.tokenHash }), {
      action: 'session_expired',
      outcome: 'success',
      subjectIds: [`staff:${session.staffId}`],
    });
  }
  return context;
}

export function originOf(ctx: Context, actor?: Partial<RequestOrigin>): RequestOrigin {
  return {
    requestId: ctx.request.requestId,
    ip: ctx.request.ip,
    userAgent: ctx.request.userAgent,
    staffId: ctx.staff?.id ?? null,
    role: ctx.staff?.role ?? null,
    sessionHash: ctx.sessionHash,
    ...actor,
  };
}
