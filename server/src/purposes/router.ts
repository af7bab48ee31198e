import { z } from 'zod';
import { purposesOffered } from '../audit/purpose.ts';
import { router, signedInProcedure } from '../trpc.ts';

export const purposesRouter = router({
  /** The purposes the register offers the caller's role, in the picker's order. */
  list: signedInProcedure
    .output(z.array(z.object({ code: z.string(), labelFr: z.string(), labelEn: z.string() })))
    .query(({ ctx }) => purposesOffered(ctx.db, ctx.staff.role)),
});
