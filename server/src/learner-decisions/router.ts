import { auditedReads, readRoutes, serialId } from '../resources/procedures.ts';
import { router } from '../trpc.ts';
import { decisionReader } from './resource.ts';
import { decisionFilter, decisionRecord, decisionSort } from './schemas.ts';

/** The history of blocks and holds, read on the learner's file and on the admin's dashboard. */
export const learnerDecisionsRouter = router(
  readRoutes(
    {
      mode: auditedReads('learnerDecisions', 'learnerDecisions'),
      id: serialId,
      record: decisionRecord,
      sort: decisionSort,
      filter: decisionFilter,
      reader: decisionReader,
    },
    ['learnerId'],
  ),
);
