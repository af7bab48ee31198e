import type { PersonalDataDeclaration } from '../personal-data.ts';
import { platformAccessLogsPersonalData } from './access-logs.ts';
import { anomalyFlagsPersonalData } from './anomalies.ts';
import { assessmentsPersonalData } from './assessments.ts';
import { auditEventsPersonalData } from './audit.ts';
import { attendancePersonalData } from './attendance.ts';
import { disclosuresPersonalData } from './disclosures.ts';
import { trainingContractsPersonalData } from './contracts.ts';
import { employerContactsPersonalData } from './employers.ts';
import { groupMembersPersonalData } from './groups.ts';
import { interactionsPersonalData } from './interactions.ts';
import { learnerDecisionsPersonalData } from './learner-decisions.ts';
import { learnerPhotosPersonalData, learnersPersonalData } from './learners.ts';
import { processorsPersonalData } from './processors.ts';
import { prospectsPersonalData } from './prospects.ts';
import { subjectRequestEventsPersonalData, subjectRequestsPersonalData } from './requests.ts';
import { staffPersonalData } from './staff.ts';

export * from './staff.ts';
export * from './auth.ts';
export * from './audit.ts';
export * from './employers.ts';
export * from './learners.ts';
export * from './contracts.ts';
export * from './groups.ts';
export * from './attendance.ts';
export * from './assessments.ts';
export * from './interactions.ts';
export * from './access-logs.ts';
export * from './activities.ts';
export * from './processors.ts';
export * from './disclosures.ts';
export * from './breaches.ts';
export * from './anomalies.ts';
export * from './requests.ts';
export * from './request-packages.ts';
export * from './learner-decisions.ts';
export * from './stats.ts';
export * from './retention.ts';
export * from './prospects.ts';

/** Every personal-data declaration; the audited gateway and the router test read this list. */
export const personalDataDeclarations: PersonalDataDeclaration[] = [
  staffPersonalData,
  employerContactsPersonalData,
  learnersPersonalData,
  learnerPhotosPersonalData,
  trainingContractsPersonalData,
  groupMembersPersonalData,
  attendancePersonalData,
  assessmentsPersonalData,
  interactionsPersonalData,
  platformAccessLogsPersonalData,
  processorsPersonalData,
  disclosuresPersonalData,
  auditEventsPersonalData,
  anomalyFlagsPersonalData,
  subjectRequestsPersonalData,
  subjectRequestEventsPersonalData,
  learnerDecisionsPersonalData,
  prospectsPersonalData,
];
