import { auditedReads, readRoutes, uuidId } from '../resources/procedures.ts';
import { router } from '../trpc.ts';
import { attendanceFilter, attendanceReader, attendanceRecord, attendanceSort } from './resource.ts';

export const attendanceRouter = router(
  readRoutes(
    {
      builders: auditedReads('attendance', 'attendance'),
      id: uuidId,
      record: attendanceRecord,
      sort: attendanceSort,
      filter: attendanceFilter,
      reader: attendanceReader,
    },
    ['learnerId', 'contractId'],
  ),
);
