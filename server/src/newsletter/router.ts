import { rolesFor } from '@vigie/domain/access';
import { z } from 'zod';
import { personalDataProcedure, rolesProcedure, router } from '../trpc.ts';
import { lastTransfer, newsletterAudience } from './audience.ts';

const audience = z.object({
  processorId: z.uuid(),
  processorName: z.string(),
  count: z.number().int(),
  transferredAt: z.string(),
  csv: z.string(),
});

export const newsletterRouter = router({
  /** The audience as Brevo imports it: a transfer, always under the newsletter's purpose. */
  audience: personalDataProcedure(
    rolesFor('newsletter', 'export'),
    { entity: 'learners', action: 'transfer', purpose: 'newsletter' },
    z.object({ data: audience }),
  ).mutation(({ ctx }) => newsletterAudience(ctx.db, ctx.staff.id)),

  lastTransfer: rolesProcedure(rolesFor('processors', 'show'))
    .input(z.object({ processorId: z.uuid() }))
    .output(
      z.object({
        data: z.object({ transferredAt: z.string(), recipientCount: z.number() }).nullable(),
        receivesNewsletter: z.boolean(),
      }),
    )
    .query(({ ctx, input }) => lastTransfer(ctx.db, input.processorId)),
});
