import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { parisDay } from '@vigie/domain/calendar';
import { recordOutput } from '../resource-params.ts';
import { plainReads, readRoutes, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, plainDataProcedure, router } from '../trpc.ts';
import { exportRegister, registerExport } from './export.ts';
import { activityReader } from './resource.ts';
import { activityData, activityFilter, activityRecord, activitySort } from './schemas.ts';
import { saveActivity } from './writes.ts';

const keepers = (action: 'create' | 'edit') => plainDataProcedure(rolesFor('activities', action), recordOutput(activityRecord));

export const activitiesRouter = router({
  // The register itself names no person: plain reads.
  ...readRoutes(
    {
      mode: plainReads('activities'),
      id: uuidId,
      record: activityRecord,
      sort: activitySort,
      filter: activityFilter,
      reader: activityReader,
    },
    ['processorId'],
  ),

  create: keepers('create')
    .input(z.object({ data: activityData }))
    .mutation(async ({ ctx, input }) => {
      const id = await ctx.db.transaction((tx) => saveActivity(tx, null, input.data));
      return activityReader.one(ctx.db, id);
    }),

  update: keepers('edit')
    .input(z.object({ id: uuidId, data: activityData, previousData: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.transaction((tx) => saveActivity(tx, input.id, input.data));
      return activityReader.one(ctx.db, input.id);
    }),

  /** The whole register for the CNIL: an export, since it carries the processors' contact persons. */
  export: personalDataProcedure(rolesFor('activities', 'export'), { entity: 'processors', action: 'export' }, registerExport).query(
    ({ ctx }) => {
      const now = ctx.services.now();
      return exportRegister(ctx.db, now, parisDay(now));
    },
  ),
});
