import { z } from 'zod';
import { type AccessAction, rolesFor } from '../access.ts';
import type { AuditAction } from '../audit/events.ts';
import type { SignedInStaff } from '../auth/sessions.ts';
import type { Context } from '../context.ts';
import { learnerRecord, learnerUpdateData } from '../learners/schemas.ts';
import { recordOutput, recordsOutput } from '../resource-params.ts';
import { readProcedures, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { parisDay } from './calendar.ts';
import { recordObjection, rectifyFromRequest, setRestriction } from './execution.ts';
import { assignees, openRequest, updateRequest } from './intake.ts';
import { suggestLearners } from './matching.ts';
import { requestReader } from './resource.ts';
import * as input from './schemas.ts';
import * as steps from './steps.ts';
import { timelineOf } from './timeline.ts';
import type { Actor } from './workflow.ts';

/** Every step of a request serves the `dsr` purpose, whatever the caller picked, and names the request. */
const DSR = 'dsr';
const on = (access: AccessAction, entity: string, action: AuditAction) =>
  personalDataProcedure(rolesFor('requests', access), { entity, action, purpose: DSR });

/** Who acts and when; the audit row of the step names the request it serves. */
function actorOf(ctx: Pick<Context, 'services' | 'audit'> & { staff: SignedInStaff }, requestId: string): Actor {
  ctx.audit.purposeRef = `request:${requestId}`;
  const now = ctx.services.now();
  return { staffId: ctx.staff.id, now, today: parisDay(now) };
}
const one = recordOutput(input.requestRecord);

export const requestsRouter = router({
  ...readProcedures({
    builders: (kind) => on(kind === 'list' ? 'list' : 'show', 'requests', kind),
    id: uuidId,
    record: input.requestRecord,
    sort: input.requestSort,
    filter: input.requestFilter,
    reader: requestReader,
  }),

  create: on('create', 'requests', 'create')
    .input(z.object({ data: input.requestCreateData }))
    .output(one)
    .mutation(async ({ ctx, input: { data } }) => {
      const record = await openRequest(ctx.db, ctx.staff.id, parisDay(ctx.services.now()), data);
      ctx.audit.purposeRef = `request:${record.id}`;
      return { data: record };
    }),

  update: on('edit', 'requests', 'update')
    .input(z.object({ id: uuidId, data: input.requestUpdateData, previousData: z.unknown().optional() }))
    .output(one)
    .mutation(async ({ ctx, input: { id, data } }) => {
      const { record, changed } = await updateRequest(ctx.db, actorOf(ctx, id), id, data);
      ctx.audit.fields = changed;
      return { data: record };
    }),

  timeline: on('show', 'requestEvents', 'list')
    .input(z.object({ id: uuidId }))
    .output(recordsOutput(input.requestEventRecord))
    .query(async ({ ctx, input: { id } }) => {
      actorOf(ctx, id);
      await requestReader.one(ctx.db, id);
      return { data: await timelineOf(ctx.db, id) };
    }),

  /** Learners the requester may be: a read of learners' data like any other. */
  suggestLearners: on('edit', 'learners', 'list')
    .input(z.object({ id: uuidId }))
    .output(recordsOutput(input.learnerSuggestion))
    .query(async ({ ctx, input: { id } }) => {
      actorOf(ctx, id);
      return { data: await suggestLearners(ctx.db, await requestReader.one(ctx.db, id)) };
    }),

  /** Staff who can be put in charge of a request. */
  assignees: on('list', 'staff', 'list')
    .input(z.object({}).optional())
    .output(recordsOutput(input.assigneeRecord))
    .query(async ({ ctx }) => ({ data: await assignees(ctx.db) })),

  awaitIdentity: on('edit', 'requests', 'update')
    .input(input.awaitIdentityInput)
    .output(one)
    .mutation(async ({ ctx, input }) => ({ data: await steps.awaitIdentity(ctx.db, actorOf(ctx, input.id), input) })),

  verifyIdentity: on('edit', 'requests', 'update')
    .input(input.verifyIdentityInput)
    .output(one)
    .mutation(async ({ ctx, input }) => ({ data: await steps.verifyIdentity(ctx.db, actorOf(ctx, input.id), input) })),

  extend: on('approve', 'requests', 'update')
    .input(input.extendInput)
    .output(one)
    .mutation(async ({ ctx, input }) => ({ data: await steps.extend(ctx.db, actorOf(ctx, input.id), input) })),

  reject: on('approve', 'requests', 'update')
    .input(input.rejectInput)
    .output(one)
    .mutation(async ({ ctx, input }) => ({ data: await steps.reject(ctx.db, actorOf(ctx, input.id), input) })),

  complete: on('edit', 'requests', 'update')
    .input(input.closeInput)
    .output(one)
    .mutation(async ({ ctx, input }) => ({ data: await steps.complete(ctx.db, actorOf(ctx, input.id), input) })),

  addNote: on('edit', 'requests', 'update')
    .input(input.addNoteInput)
    .output(one)
    .mutation(async ({ ctx, input }) => ({ data: await steps.addNote(ctx.db, actorOf(ctx, input.id), input) })),

  /** Rectification made from the request: the learner's audit row names the request. */
  rectify: on('edit', 'learners', 'update')
    .input(z.object({ id: uuidId, data: learnerUpdateData }))
    .output(recordOutput(learnerRecord))
    .mutation(async ({ ctx, input: { id, data } }) => {
      const { record, changed } = await rectifyFromRequest(ctx.db, actorOf(ctx, id), id, data);
      ctx.audit.fields = changed;
      ctx.audit.details = { requestId: id };
      return { data: record };
    }),

  recordObjection: on('edit', 'learners', 'update')
    .input(input.objectionInput)
    .output(recordOutput(learnerRecord))
    .mutation(async ({ ctx, input }) => {
      const { record, changed } = await recordObjection(ctx.db, actorOf(ctx, input.id), input);
      ctx.audit.fields = changed;
      ctx.audit.details = { requestId: input.id, processing: input.processing };
      return { data: record };
    }),

  restrict: on('approve', 'requests', 'update')
    .input(input.closeInput)
    .output(one)
    .mutation(async ({ ctx, input }) => {
      ctx.audit.details = { restriction: 'set' };
      return { data: await setRestriction(ctx.db, actorOf(ctx, input.id), input, true) };
    }),

  liftRestriction: on('approve', 'requests', 'update')
    .input(input.closeInput)
    .output(one)
    .mutation(async ({ ctx, input }) => {
      ctx.audit.details = { restriction: 'lifted' };
      return { data: await setRestriction(ctx.db, actorOf(ctx, input.id), input, false) };
    }),
});
