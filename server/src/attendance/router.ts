import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { auditedReads, readRoutes, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { contractMilestones, milestonesOf } from './milestones.ts';
import { attendanceReader } from './resource.ts';
import { attendanceFilter, attendanceRecord, attendanceSort } from './schemas.ts';

export const attendanceRouter = router({
  ...readRoutes(
    {
      mode: auditedReads('attendance', 'attendance'),
      id: uuidId,
      record: attendanceRecord,
      sort: attendanceSort,
      filter: attendanceFilter,
      reader: attendanceReader,
    },
    ['learnerId', 'contractId'],
  ),

  /** A learner's jalons per contract, derived from the sessions: the sessions' fields were read. */
  milestones: personalDataProcedure(
    rolesFor('attendance', 'list'),
    { entity: 'attendance', action: 'list' },
    z.object({ data: z.array(contractMilestones) }),
  )
    .input(z.object({ learnerId: uuidId }))
    .query(({ ctx, input }) => milestonesOf(ctx.db, input.learnerId)),
});
