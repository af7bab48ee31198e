import { rolesFor } from '@vigie/domain/access';
import { z } from 'zod';
import type { AuditAction } from '../audit/events.ts';
import { recordOutput } from '../resource-params.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { revealOthers } from './reveal.ts';
import { investigationExport, investigationInput, investigationRecord, ipSearchInput, ipSearchRecord, revealInput, revealedLearner } from './schemas.ts';
import { searchSignIns } from './search.ts';
import { exportInvestigation, investigate } from './summary.ts';
import { requireCaseRef } from './window.ts';

/** Every step serves the fraud investigation whatever purpose the screen had, under the case's reference. */
const step = <O extends z.ZodType>(entity: string, action: AuditAction, output: O, access: 'show' | 'export' = 'show') =>
  personalDataProcedure(rolesFor('investigations', access), { entity, action, purpose: 'fraud_investigation' }, output);

export const investigationsRouter = router({
  getOne: step('accessLogs', 'read', recordOutput(investigationRecord))
    .input(investigationInput)
    .query(({ ctx, input }) => investigate(ctx.db, ctx.services.now(), input.learnerId, requireCaseRef(ctx.request.purposeRef))),

  reveal: step('learners', 'read', z.object({ data: z.array(revealedLearner) }))
    .input(revealInput)
    .mutation(({ ctx, input }) => revealOthers(ctx.db, ctx.services.now(), input, requireCaseRef(ctx.request.purposeRef))),

  searchIp: step('accessLogs', 'search', z.object({ data: z.array(ipSearchRecord) }))
    .input(ipSearchInput)
    .query(({ ctx, input }) => searchSignIns(ctx.db, ctx.services.now(), input.ip, requireCaseRef(ctx.request.purposeRef))),

  export: step('accessLogs', 'export', recordOutput(investigationExport), 'export')
    .input(investigationInput)
    .mutation(({ ctx, input }) => exportInvestigation(ctx.db, ctx.services.now(), input.learnerId, requireCaseRef(ctx.request.purposeRef))),
});
