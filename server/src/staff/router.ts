import { staffRoles } from '@vigie/domain/roles';
import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { recordOutput } from '../resource-params.ts';
import { auditedReads, readProcedures, referenceProcedure, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { staffReader } from './resource.ts';
import { staffCreateData, staffFilter, staffPassword, staffRecord, staffSort, staffUpdateData } from './schemas.ts';
import { createStaff, resetStaffPassword, updateStaff } from './writes.ts';

const resource = {
  mode: auditedReads('staff', 'staff'),
  id: uuidId,
  record: staffRecord,
  sort: staffSort,
  filter: staffFilter,
  reader: staffReader,
};
const write = <O extends z.ZodType>(action: 'create' | 'update', output: O) =>
  personalDataProcedure(rolesFor('staff', action === 'create' ? 'create' : 'edit'), { entity: 'staff', action }, output);
const account = recordOutput(staffRecord);

export const staffRouter = router({
  ...readProcedures(resource),
  // Staff accounts reference nothing but their role yet.
  getManyReference: referenceProcedure(resource, ['role'], z.enum(staffRoles)),

  create: write('create', account)
    .input(z.object({ data: staffCreateData }))
    .mutation(({ ctx, input }) => createStaff(ctx.db, input.data)),

  update: write('update', account)
    .input(z.object({ id: z.uuid(), data: staffUpdateData, previousData: z.unknown().optional() }))
    .mutation(({ ctx, input }) => updateStaff(ctx.db, input.id, input.data, ctx.staff.id)),

  resetPassword: write('update', z.object({ data: z.object({ id: z.uuid() }) }))
    .input(z.object({ id: z.uuid(), password: staffPassword }))
    .mutation(({ ctx, input }) => resetStaffPassword(ctx.db, input.id, input.password)),
});
