import { auditedReads, readRoutes, uuidId } from '../resources/procedures.ts';
import { router } from '../trpc.ts';
import { assessmentReader } from './resource.ts';
import { assessmentFilter, assessmentRecord, assessmentSort } from './schemas.ts';

export const assessmentsRouter = router(
  readRoutes(
    {
      mode: auditedReads('assessments', 'assessments'),
      id: uuidId,
      record: assessmentRecord,
      sort: assessmentSort,
      filter: assessmentFilter,
      reader: assessmentReader,
    },
    ['learnerId', 'contractId'],
  ),
);
