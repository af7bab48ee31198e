import { auditedReads, readRoutes, uuidId } from '../resources/procedures.ts';
import { router } from '../trpc.ts';
import { contractReader } from './resource.ts';
import { contractFilter, contractRecord, contractSort } from './schemas.ts';

export const contractsRouter = router(
  readRoutes(
    {
      mode: auditedReads('contracts', 'contracts'),
      id: uuidId,
      record: contractRecord,
      sort: contractSort,
      filter: contractFilter,
      reader: contractReader,
    },
    ['learnerId', 'employerId'],
  ),
);
