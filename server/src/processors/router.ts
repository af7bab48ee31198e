import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { z } from 'zod';
import { canAccess, rolesFor } from '@vigie/domain/access';
import { columnsNamed, written } from '../audit/revealed.ts';
import type { Context } from '../context.ts';
import { getOneInput, recordOutput } from '../resource-params.ts';
import { auditedReads, readProcedures, referenceProcedure, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, plainDataProcedure, rolesProcedure, router } from '../trpc.ts';
import { parisDay } from '@vigie/domain/calendar';
import { contractDownload, contractFile, contractUpload, readContract, saveContract } from './contract.ts';
import { processorReader, processorSummaryReader, withChecks } from './resource.ts';
import { processorAlert, type ProcessorData, processorData, processorFilter, processorRecord, processorSort } from './schemas.ts';
import { saveProcessor } from './writes.ts';

const today = (ctx: Pick<Context, 'services'>) => parisDay(ctx.services.now());

const resource = {
  mode: auditedReads('processors', 'processors'),
  id: uuidId,
  record: processorRecord,
  sort: processorSort,
  filter: processorFilter,
  // Managers see no identifying data: their reader does not select the contact person at all.
  reader: (ctx: Context) => (canAccess(ctx.staff?.role, 'processorContacts', 'show') ? processorReader : processorSummaryReader),
  present: (ctx: Context) => withChecks(today(ctx)),
};

const write = (action: 'create' | 'update') =>
  personalDataProcedure(
    rolesFor('processors', action === 'create' ? 'create' : 'edit'),
    { entity: 'processors', action },
    recordOutput(processorRecord),
  );
const keepers = rolesProcedure(rolesFor('processors', 'edit'));

/** The processor as saved, with its checks; the audit names the contact columns it was sent. */
async function saved(ctx: Context, id: string, data: ProcessorData) {
  const read = await processorReader.one(ctx.db, id);
  return {
    data: { data: withChecks(today(ctx))(read.data.data) },
    audit: written(read.audit, schema.processors, columnsNamed(schema.processors, Object.keys(data))),
  };
}

export const processorsRouter = router({
  ...readProcedures(resource),
  getManyReference: referenceProcedure(resource, ['parentId', 'activityId']),

  create: write('create')
    .input(z.object({ data: processorData }))
    .mutation(async ({ ctx, input }) => saved(ctx, await saveProcessor(ctx.db, null, input.data), input.data)),

  update: write('update')
    .input(z.object({ id: uuidId, data: processorData, previousData: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => saved(ctx, await saveProcessor(ctx.db, input.id, input.data), input.data)),

  /** The active processors that need the DPO's attention, for the dashboard: names and checks only. */
  alerts: plainDataProcedure(rolesFor('processors', 'list'), z.object({ data: z.array(processorAlert) })).query(async ({ ctx }) => {
    const page = await activeProcessors(ctx.db);
    const alerts = page.data.data.map(withChecks(today(ctx))).filter((p) => p.checks.length > 0);
    return { data: { data: alerts.map(({ id, name, checks }) => ({ id, name, checks })) }, audit: page.audit };
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

function activeProcessors(db: Database) {
  return processorSummaryReader.list(db, {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
    filter: { status: 'active' },
  });
}
