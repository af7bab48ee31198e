import { auditedReads, readRoutes, serialId } from '../resources/procedures.ts';
import { router } from '../trpc.ts';
import { accessLogReader } from './resource.ts';
import { accessLogFilter, accessLogRecord, accessLogSort } from './schemas.ts';

export const accessLogsRouter = router(
  readRoutes(
    {
      mode: auditedReads('accessLogs', 'accessLogs'),
      id: serialId,
      record: accessLogRecord,
      sort: accessLogSort,
      filter: accessLogFilter,
      reader: accessLogReader,
    },
    ['learnerId'],
  ),
);
