import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import type { AccessAction } from '@vigie/domain/access';
import type { AuditAction } from '../audit/events.ts';
import { listOutput, recordOutput } from '../resource-params.ts';
import { serialId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { flagById, flagListInput, flagRecord, listFlags, reviewFlag, reviewInput } from './queue.ts';
import { loadRules, ruleRecord, ruleUpdate, saveRule } from './rules.ts';

/** Every screen of the queue is itself audited (`audit_read`), like the log it is drawn from. */
const queue = (access: AccessAction, action: AuditAction = 'audit_read') =>
  personalDataProcedure(rolesFor('anomalies', access), { entity: 'anomalies', action });

export const anomaliesRouter = router({
  getList: queue('list')
    .input(flagListInput)
    .output(listOutput(flagRecord))
    .query(({ ctx, input }) => listFlags(ctx.db, input)),

  getOne: queue('show')
    .input(z.object({ id: serialId }))
    .output(recordOutput(flagRecord))
    .query(async ({ ctx, input }) => ({ data: await flagById(ctx.db, input.id) })),

  review: queue('edit', 'review')
    .input(reviewInput)
    .output(recordOutput(flagRecord))
    .mutation(async ({ ctx, input }) => ({ data: await reviewFlag(ctx.db, ctx.staff.id, input) })),

  rules: queue('list')
    .output(z.object({ data: z.array(ruleRecord) }))
    .query(async ({ ctx }) => ({ data: (await loadRules(ctx.db)).records })),

  updateRule: queue('edit', 'update')
    .input(ruleUpdate)
    .output(z.object({ data: z.array(ruleRecord) }))
    .mutation(async ({ ctx, input }) => {
      await saveRule(ctx.db, ctx.staff.id, input);
      ctx.audit.details = { rule: input.id };
      return { data: (await loadRules(ctx.db)).records };
    }),
});
