import { recordAuditEvent } from '../src/audit/events.ts';
import { originOf } from '../src/context.ts';
import { getOneInput, recordOutput } from '../src/resource-params.ts';
import { type AppRouter, appRouter } from '../src/router.ts';
import { readInGateway } from '../src/audit/gateway.ts';
import type { Context } from '../src/context.ts';
import { staffReader } from '../src/staff/resource.ts';
import { staffRouter } from '../src/staff/router.ts';
import { staffRecord } from '../src/staff/schemas.ts';
import { rolesProcedure, router } from '../src/trpc.ts';

/** The app router with `staff.getOne` replaced: same path, input and output, other procedures as they are. */
function withStaffGetOne(getOne: ReturnType<typeof unauditedGetOne>): AppRouter {
  const replaced = router({
    ...appRouter._def.record,
    staff: { ...staffRouter._def.record, getOne },
  });
  // Only `getOne`'s middleware differs from the app router's; `createApi` takes nothing else.
  return replaced as unknown as AppRouter;
}

/** The staff member, read the gateway's way (the run-time role may not) but with no purpose and no audit row. */
const readStaff = (ctx: Context, id: string) => readInGateway(ctx.services, (db) => staffReader.record(db, id));

/** (b) the same read through the same stack (session, roles, tRPC, drizzle, gateway's reader), without the audit. */
function unauditedGetOne() {
  return rolesProcedure(['admin'])
    .input(getOneInput)
    .output(recordOutput(staffRecord))
    .query(async ({ ctx, input }) => ({ data: await readStaff(ctx, input.id) }));
}

export const unauditedRouter = (): AppRouter => withStaffGetOne(unauditedGetOne());

/**
 * Deliberately wrong, for the crash harness to catch: answers first and writes the audit row
 * `delayMs` later, outside any transaction. A process killed in between loses the row.
 */
export function lateAuditRouter(delayMs: number): AppRouter {
  const getOne = rolesProcedure(['admin'])
    .input(getOneInput)
    .output(recordOutput(staffRecord))
    .query(async ({ ctx, input }) => {
      const data = await readStaff(ctx, input.id);
      const origin = originOf(ctx);
      setTimeout(() => {
        void recordAuditEvent(ctx.services.db, origin, {
          action: 'read',
          outcome: 'success',
          procedure: 'staff.getOne',
          entity: 'staff',
          entityIds: [data.id],
          subjectIds: [`staff:${data.id}`],
          fields: ['displayName', 'email'],
          purposeCode: ctx.request.purposeCode,
          details: { count: 1 },
        }).catch(() => {});
      }, delayMs);
      return { data };
    });
  return withStaffGetOne(getOne);
}
