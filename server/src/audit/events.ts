import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { auditActions } from '@vigie/domain/enums';

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

export interface AuditEventInput {
  action: AuditAction;
  outcome: schema.AuditOutcome;
  procedure?: string;
  entity?: string;
  entityIds?: string[];
  subjectIds?: string[];
  fields?: string[];
  purposeCode?: string | null;
  purposeRef?: string | null;
  details?: Record<string, unknown>;
}

export async function recordAuditEvent(db: Database, origin: RequestOrigin, event: AuditEventInput) {
  await db.insert(schema.auditEvents).values({
    requestId: origin.requestId,
    actorStaffId: origin.staffId,
    actorRole: origin.role,
    actorSessionHash: origin.sessionHash,
    ip: origin.ip,
    userAgent: origin.userAgent,
    ...event,
  });
}
