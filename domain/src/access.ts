import type { internalRecipients } from './enums.ts';
import type { StaffRole } from './roles.ts';

/**
 * react-admin's access actions, and `approve` for a decision that is the DPO's; the server maps each
 * procedure onto one of them.
 */
export type AccessAction = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'approve';

/**
 * Who may do what, per resource: the one table the server enforces and the client's `canAccess` reads.
 * Deny by default: a resource or action missing here is open to nobody.
 */
export const accessTable = {
  staff: {
    list: ['admin'],
    show: ['admin'],
    create: ['admin'],
    edit: ['admin'],
  },
  // Agents find and correct learners; the DPO reviews; admins look learners up for fraud cases.
  // Managers see no identifying data: no learner resource lists them. Nobody exports learners in bulk.
  learners: {
    list: ['agent', 'dpo', 'admin'],
    show: ['agent', 'dpo', 'admin'],
    edit: ['agent'],
  },
  // A company is no data subject. `export` is the employer report: a bulk disclosure, never an agent's.
  employers: {
    list: ['agent', 'dpo', 'admin', 'manager'],
    show: ['agent', 'dpo', 'admin', 'manager'],
    export: ['dpo'],
  },
  // Admins place and lift legal holds on learners (suspected fraud): the data is kept whatever an erasure asks.
  legalHolds: { edit: ['admin'] },
  // Blocks on suspected fraud: admins block and unblock; the history (reasons, authors) is for them and the DPO.
  learnerDecisions: { list: ['dpo', 'admin'], show: ['dpo', 'admin'], edit: ['admin'] },
  // Fraud investigations on the platform's sign-ins, always under a case reference.
  investigations: { show: ['dpo', 'admin'], export: ['dpo', 'admin'] },
  employerContacts: { list: ['agent', 'dpo'], show: ['agent', 'dpo'], edit: ['agent'] },
  contracts: { list: ['agent', 'dpo'], show: ['agent', 'dpo'] },
  groups: { list: ['agent', 'dpo'], show: ['agent', 'dpo'] },
  attendance: { list: ['agent', 'dpo'], show: ['agent', 'dpo'] },
  assessments: { list: ['agent', 'dpo'], show: ['agent', 'dpo'] },
  interactions: { list: ['agent', 'dpo'], show: ['agent', 'dpo'], create: ['agent'] },
  // The learner platform's sign-ins: the agent's "Connexions" tab, and fraud investigations.
  accessLogs: { list: ['agent', 'dpo', 'admin'], show: ['agent', 'dpo', 'admin'] },
  // The GDPR registers: the DPO and admins keep processors and activities, agents and managers read them;
  // the signed contract file and the exported register stay with those who keep them.
  processors: {
    list: ['agent', 'dpo', 'admin', 'manager'],
    show: ['agent', 'dpo', 'admin', 'manager'],
    create: ['dpo', 'admin'],
    edit: ['dpo', 'admin'],
    export: ['dpo', 'admin'],
  },
  // No screen of its own: who sees a processor's contact person (managers see no identifying data).
  processorContacts: { show: ['agent', 'dpo', 'admin'] },
  activities: {
    list: ['agent', 'dpo', 'admin', 'manager'],
    show: ['agent', 'dpo', 'admin', 'manager'],
    create: ['dpo', 'admin'],
    edit: ['dpo', 'admin'],
    export: ['dpo', 'admin'],
  },
  // The newsletter's audience handed to its processor: a bulk transfer, the DPO's alone.
  newsletter: { export: ['dpo'] },
  // Who was named to the police, and which breaches happened: the DPO alone.
  disclosures: { list: ['dpo'], show: ['dpo'], create: ['dpo'], edit: ['dpo'] },
  breaches: { list: ['dpo'], show: ['dpo'], create: ['dpo'], edit: ['dpo'] },
  // The DPO's console, for the DPO alone: admins keep the log running but never read its history.
  // `create` starts a verification of the hash chain; `export` is the CSV extract.
  audit: { list: ['dpo'], show: ['dpo'], create: ['dpo'], export: ['dpo'] },
  // The review queue; `edit` is a review or a change of a rule's thresholds.
  anomalies: { list: ['dpo'], show: ['dpo'], edit: ['dpo'] },
  // The website contact form's prospects: agents answer and correct them, the DPO reviews.
  prospects: { list: ['agent', 'dpo'], show: ['agent', 'dpo'], create: ['agent'], edit: ['agent'] },
  // The retention engine's "Conservation" screen: policies, runs, a dry run; `create` runs it now.
  retention: { list: ['dpo', 'admin'], create: ['dpo', 'admin'] },
  // Subject-rights requests: agents open them, check identity and run access and rectification; the
  // DPO's `approve` covers extension, rejection, restriction and erasure. Admins and managers: nothing.
  requests: {
    list: ['agent', 'dpo'],
    show: ['agent', 'dpo'],
    create: ['agent', 'dpo'],
    edit: ['agent', 'dpo'],
    approve: ['dpo'],
  },
  // Anonymised statistics: managers and the DPO read them; the DPO alone sets the threshold k (`edit`).
  statistics: { list: ['manager', 'dpo'], edit: ['dpo'] },
} as const satisfies Record<string, Partial<Record<AccessAction, readonly StaffRole[]>>>;

export type Resource = keyof typeof accessTable;

export function rolesFor(resource: Resource, action: AccessAction): readonly StaffRole[] {
  const actions: Partial<Record<AccessAction, readonly StaffRole[]>> = accessTable[resource];
  return actions[action] ?? [];
}

export function canAccess(role: StaffRole | undefined, resource: string, action: string): boolean {
  if (!role || !(resource in accessTable)) return false;
  return rolesFor(resource as Resource, action as AccessAction).includes(role);
}

/** While a learner's processing is restricted (GDPR Art. 18), only these roles see their data. */
export const seesRestrictedLearners: readonly StaffRole[] = ['dpo'];

/** Each role's default access purpose, preselected in the client's "Motif d'accès" picker. */
export const defaultPurpose: Record<StaffRole, string> = {
  agent: 'learner_request',
  dpo: 'dsr',
  admin: 'administration',
  manager: 'quality',
};

/**
 * The company's departments each role belongs to, as the register names them (an activity's internal
 * recipients): a role is offered the purposes whose activity lists one of its departments.
 */
export const staffDepartments: Record<StaffRole, readonly (typeof internalRecipients)[number][]> = {
  agent: ['customer_service'],
  dpo: ['data_protection'],
  admin: ['it'],
  manager: ['management', 'quality'],
};

/** The DPO's console reads under the audit review, whatever purpose the rest of the session uses. */
export const consolePurpose = 'audit_review';
