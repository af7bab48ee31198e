import { auditedReads, readRoutes, serialId } from '../resources/procedures.ts';
import { router } from '../trpc.ts';
import { accessLogFilter, accessLogReader, accessLogRecord, accessLogSort } from './resource.ts';

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
