/**
 * The closed lists of values the schema uses, dependency-free so that the browser bundle can import
 * them (`@vigie/db/enums`) and the screens cannot drift from the database.
 */
export const learnerStatuses = ['active', 'blocked', 'ended', 'erased'] as const;
export const fundings = ['employer', 'individual', 'cpf'] as const;
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const contractStatuses = ['planned', 'active', 'completed', 'cancelled'] as const;
export const assessmentKinds = [
  'level_test',
  'needs_analysis',
  'learning_profile',
  'progress_evaluation',
  'participant_survey',
  'sponsor_survey',
] as const;
export const interactionChannels = ['phone', 'email', 'chat', 'letter', 'in_person'] as const;
export const employerContactRoles = ['hr', 'supervisor', 'sponsor'] as const;
/** The anomaly rules of the DPO's review queue (server/src/anomalies/rules.ts holds their settings). */
export const anomalyRules = ['bulk_reads', 'off_hours', 'restricted_learner', 'other_without_reference', 'failed_sign_ins'] as const;
/** What an audit row records; the console's filters and labels list the same. */
export const auditActions = [
  'read',
  'list',
  'search',
  'export',
  'create',
  'update',
  'delete',
  'login',
  'login_failed',
  'logout',
  'session_expired',
  'denied',
  // The DPO's console: reading the log, running a verification, reviewing a flag.
  'audit_read',
  'audit_verify',
  'review',
] as const;
