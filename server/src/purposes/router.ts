import { z } from 'zod';
import { allPurposes, purposesOffered } from '../audit/purpose.ts';
import { router, signedInProcedure } from '../trpc.ts';

export const purposesRouter = router({
  /**
   * The purposes the register offers the caller's role, in the picker's order; with `all`, every
   * purpose (the journal names those others picked).
   */
  list: signedInProcedure
    .input(z.object({ all: z.boolean().optional() }).optional())
    .output(z.array(z.object({ code: z.string(), labelFr: z.string(), labelEn: z.string() })))
    .query(({ ctx, input }) => (input?.all ? allPurposes(ctx.db) : purposesOffered(ctx.db, ctx.staff.role))),
});
