import { schema } from '@vigie/db';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { router, signedInProcedure } from '../trpc.ts';

const { auditPurposes } = schema;

export const purposesRouter = router({
  list: signedInProcedure
    .output(z.array(z.object({ code: z.string(), labelFr: z.string(), labelEn: z.string() })))
    .query(({ ctx }) =>
      ctx.db
        .select({ code: auditPurposes.code, labelFr: auditPurposes.labelFr, labelEn: auditPurposes.labelEn })
        .from(auditPurposes)
        .where(eq(auditPurposes.active, true))
        .orderBy(asc(auditPurposes.position)),
    ),
});
