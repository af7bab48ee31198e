import { z } from 'zod';
import { canAccess, rolesFor } from '@vigie/domain/access';
import { parisDay } from '@vigie/domain/calendar';
import type { Context } from '../context.ts';
import {
  getListInput,
  getManyInput,
  getManyReferenceInput,
  getOneInput,
  listOutput,
  recordOutput,
  recordsOutput,
} from '../resource-params.ts';
import { auditedReads, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, rolesProcedure, router } from '../trpc.ts';
import { contractDownload, contractFile, contractUpload, readContract, saveContract } from './contract.ts';
import { presentProcessor, processorReader } from './resource.ts';
import { processorCheck, processorData, processorFilter, processorRecord, processorSort, type ProcessorRecord } from './schemas.ts';
import { saveProcessor } from './writes.ts';

const reads = auditedReads('processors', 'processors');
const write = (action: 'create' | 'update') =>
  personalDataProcedure(rolesFor('processors', action === 'create' ? 'create' : 'edit'), { entity: 'processors', action });
const keepers = rolesProcedure(rolesFor('processors', 'edit'));

/** Records as the caller may see them: today's checks, and the contact person only for those allowed. */
function presenter(ctx: Pick<Context, 'services' | 'staff'>) {
  const today = parisDay(ctx.services.now());
  const seesContacts = canAccess(ctx.staff?.role, 'processorContacts', 'show');
  return (record: ProcessorRecord) => presentProcessor(record, today, seesContacts);
}

const list = listOutput(processorRecord);

export const processorsRouter = router({
  getList: reads('list')
    .input(getListInput(processorSort, processorFilter))
    .output(list)
    .query(async ({ ctx, input }) => {
      const page = await processorReader.list(ctx.db, input);
      return { ...page, data: page.data.map(presenter(ctx)) };
    }),

  getOne: reads('read')
    .input(getOneInput)
    .output(recordOutput(processorRecord))
    .query(async ({ ctx, input }) => ({ data: presenter(ctx)(await processorReader.one(ctx.db, input.id)) })),

  getMany: reads('list')
    .input(getManyInput)
    .output(recordsOutput(processorRecord))
    .query(async ({ ctx, input }) => ({ data: (await processorReader.many(ctx.db, input.ids)).map(presenter(ctx)) })),

  getManyReference: reads('list')
    .input(getManyReferenceInput(z.enum(['parentId', 'activityId']), uuidId, processorSort, processorFilter))
    .output(list)
    .query(async ({ ctx, input }) => {
      const page = await processorReader.listByReference(ctx.db, input);
      return { ...page, data: page.data.map(presenter(ctx)) };
    }),

  create: write('create')
    .input(z.object({ data: processorData }))
    .output(recordOutput(processorRecord))
    .mutation(async ({ ctx, input }) => {
      const id = await saveProcessor(ctx.db, null, input.data);
      return { data: presenter(ctx)(await processorReader.one(ctx.db, id)) };
    }),

  update: write('update')
    .input(z.object({ id: uuidId, data: processorData, previousData: z.unknown().optional() }))
    .output(recordOutput(processorRecord))
    .mutation(async ({ ctx, input }) => {
      await saveProcessor(ctx.db, input.id, input.data);
      return { data: presenter(ctx)(await processorReader.one(ctx.db, input.id)) };
    }),

  /** The active processors that need the DPO's attention, for the dashboard: names and checks only. */
  alerts: rolesProcedure(rolesFor('processors', 'list'))
    .output(z.object({ data: z.array(z.object({ id: z.uuid(), name: z.string(), checks: z.array(processorCheck) })) }))
    .query(async ({ ctx }) => {
      const { data } = await processorReader.list(ctx.db, {
        pagination: { page: 1, perPage: 500 },
        sort: { field: 'name', order: 'ASC' },
        filter: { status: 'active' },
      });
      const present = presenter({ ...ctx, staff: null });
      const alerts = data.map(present).filter((p) => p.checks.length > 0);
      return { data: alerts.map(({ id, name, checks }) => ({ id, name, checks })) };
    }),

  /** The signed contract (DPA) as a PDF; replaces the previous copy. */
  uploadContract: keepers
    .input(contractUpload)
    .output(recordOutput(contractFile))
    .mutation(async ({ ctx, input }) => ({
      data: await ctx.db.transaction((tx) => saveContract(tx, input, ctx.staff.id)),
    })),

  getContract: keepers
    .input(getOneInput)
    .output(recordOutput(contractDownload))
    .query(async ({ ctx, input }) => ({ data: await readContract(ctx.db, input.id) })),
});
