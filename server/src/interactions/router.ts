import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { recordOutput } from '../resource-params.ts';
import { auditedReads, readRoutes, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { interactionReader } from './resource.ts';
import { interactionCreateData, interactionFilter, interactionRecord, interactionSort } from './schemas.ts';
import { logInteraction } from './writes.ts';

export const interactionsRouter = router({
  ...readRoutes(
    {
      mode: auditedReads('interactions', 'interactions'),
      id: uuidId,
      record: interactionRecord,
      sort: interactionSort,
      filter: interactionFilter,
      reader: interactionReader,
    },
    ['learnerId'],
  ),

  create: personalDataProcedure(
    rolesFor('interactions', 'create'),
    { entity: 'interactions', action: 'create' },
    recordOutput(interactionRecord),
  )
    .input(z.object({ data: interactionCreateData }))
    .mutation(({ ctx, input }) => logInteraction(ctx.db, ctx.staff.id, input.data)),
});
