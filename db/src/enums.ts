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
