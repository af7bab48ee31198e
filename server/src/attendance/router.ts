import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { auditedReads, readRoutes, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { contractMilestones, milestoneSources, milestonesOf } from './milestones.ts';
import { attendanceFilter, attendanceReader, attendanceRecord, attendanceSort } from './resource.ts';

export const attendanceRouter = router({
  ...readRoutes(
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

  /** A learner's jalons per contract, derived from the sessions: the sessions' fields were read. */
  milestones: personalDataProcedure(rolesFor('attendance', 'list'), { entity: 'attendance', action: 'list' })
    .input(z.object({ learnerId: uuidId }))
    .output(z.object({ data: z.array(contractMilestones) }))
    .query(async ({ ctx, input }) => {
      // Derived records carry none of the sessions' columns: name the learner and the fields read.
      ctx.audit.fields = milestoneSources;
      ctx.audit.subjectIds = [`learner:${input.learnerId}`];
      return { data: await milestonesOf(ctx.db, input.learnerId) };
    }),
});
