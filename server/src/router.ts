import { accessLogsRouter } from './access-logs/router.ts';
import { activitiesRouter } from './activities/router.ts';
import { anomaliesRouter } from './anomalies/router.ts';
import { assessmentsRouter } from './assessments/router.ts';
import { attendanceRouter } from './attendance/router.ts';
import { auditRouter } from './audit/router.ts';
import { authRouter } from './auth/router.ts';
import { breachesRouter } from './breaches/router.ts';
import { contractsRouter } from './contracts/router.ts';
import { disclosuresRouter } from './disclosures/router.ts';
import { employerContactsRouter } from './employer-contacts/router.ts';
import { employersRouter } from './employers/router.ts';
import { groupsRouter } from './groups/router.ts';
import { interactionsRouter } from './interactions/router.ts';
import { investigationsRouter } from './investigations/router.ts';
import { learnerDecisionsRouter } from './learner-decisions/router.ts';
import { learnersRouter } from './learners/router.ts';
import { newsletterRouter } from './newsletter/router.ts';
import { processorsRouter } from './processors/router.ts';
import { prospectsRouter } from './prospects/router.ts';
import { purposesRouter } from './purposes/router.ts';
import { requestsRouter } from './requests/router.ts';
import { retentionRouter } from './retention/router.ts';
import { staffRouter } from './staff/router.ts';
import { statsRouter } from './stats/router.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  purposes: purposesRouter,
  staff: staffRouter,
  learners: learnersRouter,
  learnerDecisions: learnerDecisionsRouter,
  investigations: investigationsRouter,
  employers: employersRouter,
  employerContacts: employerContactsRouter,
  contracts: contractsRouter,
  groups: groupsRouter,
  attendance: attendanceRouter,
  assessments: assessmentsRouter,
  interactions: interactionsRouter,
  accessLogs: accessLogsRouter,
  processors: processorsRouter,
  newsletter: newsletterRouter,
  activities: activitiesRouter,
  disclosures: disclosuresRouter,
  breaches: breachesRouter,
  audit: auditRouter,
  anomalies: anomaliesRouter,
  requests: requestsRouter,
  stats: statsRouter,
  retention: retentionRouter,
  prospects: prospectsRouter,
});

export type AppRouter = typeof appRouter;
