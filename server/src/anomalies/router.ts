import { z } from 'zod';
import { type AccessAction, rolesFor } from '@vigie/domain/access';
import type { AuditAction } from '../audit/events.ts';
import { nothingRevealed } from '../audit/revealed.ts';
import { getListInput, listOutput, recordOutput } from '../resource-params.ts';
import { serialId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { withSummaries } from './names.ts';
import { flagReader } from './resource.ts';
import { reviewFlag } from './review.ts';
import { loadRules, ruleRecord, ruleUpdate, saveRule } from './rules.ts';
import { flagFilter, flagRecord, flagSort, reviewInput } from './schemas.ts';

/** Every screen of the queue is itself audited (`audit_read`), like the log it is drawn from. */
const queue = <O extends z.ZodType>(access: AccessAction, output: O, action: AuditAction = 'audit_read') =>
  personalDataProcedure(rolesFor('anomalies', access), { entity: 'anomalies', action }, output);

const flag = recordOutput(flagRecord);
const rules = z.object({ data: z.array(ruleRecord) });

export const anomaliesRouter = router({
  getList: queue('list', listOutput(flagRecord))
    .input(getListInput(flagSort, flagFilter))
    .query(async ({ ctx, input }) => withSummaries(ctx.db, await flagReader.list(ctx.db, input))),

  getOne: queue('show', flag)
    .input(z.object({ id: serialId }))
    .query(async ({ ctx, input }) => withSummaries(ctx.db, await flagReader.one(ctx.db, input.id))),

  review: queue('edit', flag, 'review')
    .input(reviewInput)
    .mutation(({ ctx, input }) => reviewFlag(ctx.db, ctx.staff.id, input)),

  rules: queue('list', rules).query(async ({ ctx }) => ({ data: { data: (await loadRules(ctx.db)).records }, audit: nothingRevealed() })),

  updateRule: queue('edit', rules, 'update')
    .input(ruleUpdate)
    .mutation(async ({ ctx, input }) => {
      await saveRule(ctx.db, ctx.staff.id, input);
      return { data: { data: (await loadRules(ctx.db)).records }, audit: { ...nothingRevealed(), details: { rule: input.id } } };
    }),
});
