import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { recordOutput } from '../resource-params.ts';
import { auditedReads, readProcedures, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { prospectReader } from './resource.ts';
import { prospectCreateData, prospectFilter, prospectRecord, prospectSort, prospectUpdateData } from './schemas.ts';
import { correctProspect, createProspect } from './writes.ts';

const write = (action: 'create' | 'update') =>
  personalDataProcedure(rolesFor('prospects', action === 'create' ? 'create' : 'edit'), { entity: 'prospects', action }, recordOutput(prospectRecord));

export const prospectsRouter = router({
  ...readProcedures({
    mode: auditedReads('prospects', 'prospects'),
    id: uuidId,
    record: prospectRecord,
    sort: prospectSort,
    filter: prospectFilter,
    reader: prospectReader,
  }),
  create: write('create').input(z.object({ data: prospectCreateData })).mutation(({ ctx, input }) => createProspect(ctx.db, input.data)),
  update: write('update')
    .input(z.object({ id: uuidId, data: prospectUpdateData, previousData: z.unknown().optional() }))
    .mutation(({ ctx, input }) => correctProspect(ctx.db, input.id, input.data)),
});
