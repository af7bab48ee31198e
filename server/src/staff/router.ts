import { staffRoles } from '@vigie/domain/roles';
import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import {
  getListInput,
  getManyInput,
  getManyReferenceInput,
  getOneInput,
  listOutput,
  recordOutput,
  recordsOutput,
} from '../resource-params.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import {
  createStaff,
  getManyStaff,
  getStaff,
  listStaff,
  resetStaffPassword,
  updateStaff,
} from './accounts.ts';
import {
  staffCreateData,
  staffFilter,
  staffPassword,
  staffRecord,
  staffSort,
  staffUpdateData,
} from './schemas.ts';

const read = (action: 'list' | 'read') =>
  personalDataProcedure(rolesFor('staff', action === 'list' ? 'list' : 'show'), { entity: 'staff', action });
const write = (action: 'create' | 'update') =>
  personalDataProcedure(rolesFor('staff', action === 'create' ? 'create' : 'edit'), { entity: 'staff', action });

export const staffRouter = router({
  getList: read('list')
    .input(getListInput(staffSort, staffFilter))
    .output(listOutput(staffRecord))
    .query(({ ctx, input }) => listStaff(ctx.db, input)),

  getOne: read('read')
    .input(getOneInput)
    .output(recordOutput(staffRecord))
    .query(async ({ ctx, input }) => ({ data: await getStaff(ctx.db, input.id) })),

  getMany: read('list')
    .input(getManyInput)
    .output(recordsOutput(staffRecord))
    .query(async ({ ctx, input }) => ({ data: await getManyStaff(ctx.db, input.ids) })),

  // Staff accounts reference nothing but their role yet.
  getManyReference: read('list')
    .input(getManyReferenceInput(z.literal('role'), z.enum(staffRoles), staffSort, staffFilter))
    .output(listOutput(staffRecord))
    .query(({ ctx, input }) => listStaff(ctx.db, { ...input, filter: { ...input.filter, role: input.id } })),

  create: write('create')
    .input(z.object({ data: staffCreateData }))
    .output(recordOutput(staffRecord))
    .mutation(async ({ ctx, input }) => ({ data: await createStaff(ctx.db, input.data) })),

  update: write('update')
    .input(z.object({ id: z.uuid(), data: staffUpdateData, previousData: z.unknown().optional() }))
    .output(recordOutput(staffRecord))
    .mutation(async ({ ctx, input }) => {
      const { record, changed } = await updateStaff(ctx.db, input.id, input.data, ctx.staff.id);
      ctx.audit.fields = changed;
      return { data: record };
    }),

  resetPassword: write('update')
    .input(z.object({ id: z.uuid(), password: staffPassword }))
    .output(z.object({ data: z.object({ id: z.uuid() }) }))
    .mutation(async ({ ctx, input }) => {
      await resetStaffPassword(ctx.db, input.id, input.password);
      ctx.audit.fields = ['passwordHash'];
      return { data: { id: input.id } };
    }),
});
