/**
 * The closed lists of values the schema uses, dependency-free so that the browser bundle can import
 * them (`@vigie/domain/enums`) and the screens cannot drift from the database.
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

/**
 * Categories of personal data, as listed in the privacy notice (see docs/domain.md): the personal-data
 * declarations classify columns with them, and the registers (processors, activities, disclosures,
 * breaches) name what they concern with the very same list.
 */
export const personalDataCategories = [
  'identity',
  'contact',
  'profile',
  'movement',
  'pedagogical',
  'employment',
  'attendance_evidence',
  'customer_service',
  'contract',
  'access_log',
  'credentials',
] as const;

// ---- The GDPR registers -------------------------------------------------------------------------

export const processorRoles = ['processor', 'sub_processor'] as const;
export const processorStatuses = ['active', 'ended'] as const;
/** Art. 46: standard contractual clauses, binding corporate rules, or nothing (yet). */
export const transferSafeguards = ['none', 'scc', 'bcr'] as const;
/** The EU member states and the three other EEA states (Iceland, Liechtenstein, Norway): no transfer. */
export const euEeaCountries = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU',
  'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
] as const;

/** Art. 6(1): (b) contract, (c) legal obligation, (f) legitimate interest, (a) consent. */
export const legalBases = ['contract', 'legal_obligation', 'legitimate_interest', 'consent'] as const;
export const dataSubjectCategories = [
  'learner',
  'employer_contact',
  'prospect',
  'newsletter_recipient',
  'website_visitor',
  'staff',
] as const;
/** Who inside the company receives an activity's data (the notice: customer service, IT, trainers...). */
export const internalRecipients = [
  'customer_service',
  'it',
  'trainers',
  'quality',
  'management',
  'accounting',
  'data_protection',
] as const;
export const retentionUnits = ['days', 'months', 'years'] as const;
/** The event a retention period runs from: "6 months after collection", "0 months after the end of the contract". */
export const retentionEvents = ['collection', 'contract_end', 'last_exchange', 'consent_withdrawal'] as const;
/** What the retention engine purges (db `retention_policies`): one code per kind of data. */
export const retentionPolicyCodes = ['sign_ins', 'prospects', 'learner_data', 'sessions', 'answer_packages', 'audit_log'] as const;
export const retentionRunStatuses = ['running', 'done', 'failed'] as const;

export const disclosureDecisions = ['disclosed', 'partially_disclosed', 'refused'] as const;
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
  // One contact field of one record shown on demand ("Afficher"), and a hand-over to a processor.
  'reveal',
  // Data sent outside the back-office (the learner platform's list of blocked accounts).
  'transfer',
] as const;

/**
 * An admin's decisions on a learner, kept in an append-only history: a block on suspected fraud and its
 * lifting, a legal hold placed or lifted.
 */
export const learnerDecisionKinds = ['block', 'unblock', 'legal_hold', 'legal_hold_lift'] as const;

/** Subject-rights requests (GDPR Art. 15-21): the rights a request may carry. */
export const requestTypes = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const;
export const requestStatuses = ['received', 'awaiting_identity', 'in_progress', 'extended', 'completed', 'rejected'] as const;
/** Statuses of a request still to answer: the deadline runs. */
export const openRequestStatuses = ['received', 'awaiting_identity', 'in_progress', 'extended'] as const;
export const requestChannels = ['email', 'letter', 'phone', 'web_form', 'in_person'] as const;
export const identityMethods = ['account_email', 'id_document', 'known_phone', 'in_person', 'other'] as const;
/** Art. 12(5) and 12(6): the only grounds for refusing to act on a request. */
export const rejectionGrounds = ['identity_not_established', 'manifestly_unfounded', 'excessive'] as const;
/** The processings a learner may object to (Art. 21), each a flag on the learner. */
export const objectionProcessings = ['newsletter', 'quality_visits', 'analytics', 'statistics'] as const;
/**
 * What a request's timeline records. `executed` is an answer produced from the data (an access package,
 * an erasure), with what was done in its details.
 */
export const requestEventKinds = [
  'received',
  'assigned',
  'learner_matched',
  'awaiting_identity',
  'identity_verified',
  'note',
  'document',
  'extended',
  'rejected',
  'rectified',
  'restricted',
  'restriction_lifted',
  'objection_recorded',
  'executed',
  'completed',
] as const;
