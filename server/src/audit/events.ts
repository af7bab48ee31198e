import { type AuditRow, auditAppend, type Database } from '@vigie/db';
import type { schema } from '@vigie/db';
import { auditActions } from '@vigie/domain/enums';
import { auditHealth } from './health.ts';

/** Everything the audit log says about who made a request, taken from the request context. */
export interface RequestOrigin {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  staffId: string | null;
  role: string | null;
  sessionHash: string | null;
}

export { auditActions };
export type AuditAction = (typeof auditActions)[number];

/** What happened, as the row says it; who asked comes from the `RequestOrigin`. */
export type AuditEventInput = Omit<AuditRow, keyof OriginColumns | 'action' | 'outcome'> & {
  action: AuditAction;
  outcome: schema.AuditOutcome;
};
type OriginColumns = Pick<AuditRow, 'requestId' | 'actorStaffId' | 'actorRole' | 'actorSessionHash' | 'ip' | 'userAgent'>;

/** The row `event` makes once the request's origin says who asked. */
export function auditRowOf(origin: RequestOrigin, event: AuditEventInput): AuditRow {
  const { requestId, staffId: actorStaffId, role: actorRole, sessionHash: actorSessionHash, ip, userAgent } = origin;
  return { requestId, actorStaffId, actorRole, actorSessionHash, ip, userAgent, ...event };
}

/**
 * Appends one row through the owner's `vigie_audit_append` (`auditAppend`): the caller's IP address and
 * browser are personal data the run-time role may not write itself.
 */
export async function recordAuditEvent(db: Database, origin: RequestOrigin, event: AuditEventInput) {
  try {
    await db.execute(auditAppend(auditRowOf(origin, event)));
  } catch (error) {
    auditHealth.failed(error);
    throw error;
  }
  auditHealth.written();
}
