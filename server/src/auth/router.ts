import { staffRoles } from '@vigie/domain/roles';
import { z } from 'zod';
import { recordAuditEvent } from '../audit/events.ts';
import { originOf } from '../context.ts';
import { publicProcedure, router, signedInProcedure } from '../trpc.ts';
import { signIn } from './login.ts';
import { endSession } from './sessions.ts';

const identity = z.object({ id: z.uuid(), displayName: z.string(), role: z.enum(staffRoles) });

export const authRouter = router({
  login: publicProcedure
    .meta({ access: 'public', ownAccount: true })
    .input(z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) }))
    .output(identity.extend({ email: z.string() }))
    .mutation(({ ctx, input }) => signIn(ctx, input.email, input.password)),

  logout: signedInProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    if (ctx.sessionHash) await endSession(ctx.db, ctx.sessionHash);
    ctx.cookies.clear();
    await recordAuditEvent(ctx.db, originOf(ctx), {
      action: 'logout',
      outcome: 'success',
      subjectIds: [`staff:${ctx.staff.id}`],
    });
    return { ok: true as const };
  }),

  me: signedInProcedure
    .meta({ access: 'signed-in', ownAccount: true })
    .output(identity)
    .query(({ ctx }) => ctx.staff),
});
