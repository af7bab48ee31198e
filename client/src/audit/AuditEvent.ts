import { auditActions } from '@vigie/domain/enums';
import { staffRoles } from '@vigie/domain/roles';

/** An audit row as the console shows it (server/src/audit/journal.ts). */
export interface AuditEvent {
  id: number;
  occurredAt: string;
  actorStaffId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  procedure: string | null;
  entity: string | null;
  entityIds: string[];
  subjectIds: string[];
  fields: string[];
  purposeCode: string | null;
  purposeRef: string | null;
  outcome: 'success' | 'denied' | 'failure';
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown> | null;
}

const choices = (prefix: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `${prefix}.${id}` }));

export const actionChoices = choices('vigie.audit.action', auditActions);
export const outcomeChoices = choices('vigie.audit.outcome', ['success', 'denied', 'failure']);
export const roleChoices = choices('vigie.roles', staffRoles);
