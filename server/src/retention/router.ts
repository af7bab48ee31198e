import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { originOf } from '../context.ts';
import { logger } from '../logger.ts';
import { rolesProcedure, router } from '../trpc.ts';
import { loadPolicies } from './policies.ts';
import { claimRun, executeRun, type RunOptions, runRetention } from './run.ts';
import { recentRuns, runById } from './runs.ts';
import { policyRecord, policyResult, runIdInput, runRecord } from './schemas.ts';

const reads = rolesProcedure(rolesFor('retention', 'list'));
const runs = rolesProcedure(rolesFor('retention', 'create'));
const BUSY = 'Une purge est déjà en cours : attendez sa fin.';

export const retentionRouter = router({
  /** The policies with their period as the register states it. */
  policies: reads.output(z.object({ data: z.array(policyRecord) })).query(async ({ ctx }) => ({
    data: (await loadPolicies(ctx.db)).map(({ code, note, ...policy }) => ({ id: code, ground: note, ...policy })),
  })),

  runs: reads.output(z.object({ data: z.array(runRecord) })).query(async ({ ctx }) => ({ data: await recentRuns(ctx.db) })),

  run: reads
    .input(runIdInput)
    .output(z.object({ data: runRecord }))
    .query(async ({ ctx, input }) => {
      const run = await runById(ctx.db, input.id);
      if (!run) throw new TRPCError({ code: 'NOT_FOUND', message: 'Purge introuvable.' });
      return { data: run };
    }),

  /** What a run would remove now, and what it would keep and why; counted, audited, nothing removed. */
  preview: runs.output(z.object({ data: z.object({ id: z.uuid(), results: z.array(policyResult) }) })).mutation(async ({ ctx }) => {
    const options = { dryRun: true, trigger: 'staff', now: ctx.services.now(), sessionIdleMs: ctx.services.config.session.idleMs, origin: originOf(ctx) } as const;
    const run = await runRetention(ctx.db, options);
    if (!run) throw new TRPCError({ code: 'CONFLICT', message: BUSY });
    return { data: run };
  }),

  /** "Lancer maintenant": claims the run and answers at once; the screen follows its progress (`run`). */
  start: runs.output(z.object({ data: z.object({ id: z.uuid() }) })).mutation(async ({ ctx }) => {
    const options: RunOptions = { dryRun: false, trigger: 'staff', now: ctx.services.now(), sessionIdleMs: ctx.services.config.session.idleMs, origin: originOf(ctx) };
    const id = await claimRun(ctx.db, options, (await loadPolicies(ctx.db)).length);
    if (!id) throw new TRPCError({ code: 'CONFLICT', message: BUSY });
    // Off the request: a failed run is marked failed and audited by executeRun itself.
    executeRun(ctx.db, id, options).catch((error: unknown) => logger.error({ job: 'retention', err: (error as Error).name }, 'retention run failed'));
    return { data: { id } };
  }),
});
