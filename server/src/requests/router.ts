import type { Database } from '@vigie/db';
import { z } from 'zod';
import { type AccessAction, rolesFor } from '@vigie/domain/access';
import { parisDay } from '@vigie/domain/calendar';
import type { AuditAction } from '../audit/events.ts';
import { type Disclosed, subjectsIn } from '../audit/revealed.ts';
import type { Context } from '../context.ts';
import { learnerRecord, learnerUpdateData } from '../learners/schemas.ts';
import { recordOutput, recordsOutput } from '../resource-params.ts';
import { auditedReads, readProcedures, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { downloadPackage, exportPackage, packageDownload, packageRecord } from './answer/export.ts';
import { erasureAnswer } from './erasure/answer.ts';
import { executeErasure } from './erasure/execute.ts';
import { erasureOutcome } from './erasure/preview.ts';
import { erasureAnswerRecord, erasurePreviewRecord, erasureResult } from './erasure/schemas.ts';
import { recordObjection, rectifyFromRequest, setRestriction } from './execution.ts';
import { suggestLearners } from './matching.ts';
import { requestReader } from './resource.ts';
import * as schemas from './schemas.ts';
import * as steps from './steps.ts';
import { timelineOf } from './timeline.ts';
import { type Actor, type RequestAnswer, requireExecutable } from './workflow.ts';
import { assignees, openRequest, updateRequest } from './writes.ts';

/** Every step of a request serves the `dsr` purpose, whatever the caller picked, and names the request. */
const DSR = 'dsr';
const on = <O extends z.ZodType>(access: AccessAction, entity: string, action: AuditAction, output: O) =>
  personalDataProcedure(rolesFor('requests', access), { entity, action, purpose: DSR }, output);

/** Who acts and when. */
function actorOf(ctx: Pick<Context, 'services' | 'staff'> & { staff: { id: string } }): Actor {
  const now = ctx.services.now();
  return { staffId: ctx.staff.id, now, today: parisDay(now) };
}

/** The audit row of a step names the request it serves, in place of the reference the caller typed. */
const forRequest = <T>(requestId: string, answer: Disclosed<T>, details?: Record<string, unknown>): Disclosed<T> => ({
  data: answer.data,
  audit: { ...answer.audit, purposeRef: `request:${requestId}`, ...(details ? { details: { ...answer.audit.details, ...details } } : {}) },
});

const one = recordOutput(schemas.requestRecord);
const learner = recordOutput(learnerRecord);

/** A step on the request itself (`requests.<step>`): its input, then the request as it stands after. */
function step<I extends z.ZodType<{ id: string }>>(
  access: AccessAction,
  schema: I,
  run: (db: Database, actor: Actor, input: z.output<I>) => Promise<RequestAnswer>,
) {
  return on(access, 'requests', 'update', one)
    .input(schema)
    .mutation(async ({ ctx, input }) => {
      // tRPC cannot reduce its parsed-input type over a generic schema: it is the schema's output.
      const parsed = input as z.output<I>;
      return forRequest(parsed.id, await run(ctx.db, actorOf(ctx), parsed));
    });
}

export const requestsRouter = router({
  ...readProcedures({
    mode: auditedReads('requests', 'requests', DSR),
    id: uuidId,
    record: schemas.requestRecord,
    sort: schemas.requestSort,
    filter: schemas.requestFilter,
    reader: requestReader,
  }),

  create: on('create', 'requests', 'create', one)
    .input(z.object({ data: schemas.requestCreateData }))
    .mutation(async ({ ctx, input: { data } }) => {
      const answer = await openRequest(ctx.db, ctx.staff.id, parisDay(ctx.services.now()), data);
      return forRequest(answer.data.data.id, answer);
    }),

  update: on('edit', 'requests', 'update', one)
    .input(z.object({ id: uuidId, data: schemas.requestUpdateData, previousData: z.unknown().optional() }))
    .mutation(async ({ ctx, input: { id, data } }) => forRequest(id, await updateRequest(ctx.db, actorOf(ctx), id, data))),

  timeline: on('show', 'requestEvents', 'list', recordsOutput(schemas.requestEventRecord))
    .input(z.object({ id: uuidId }))
    .query(async ({ ctx, input: { id } }) => {
      await requestReader.record(ctx.db, id);
      return forRequest(id, await timelineOf(ctx.db, id));
    }),

  /** Learners the requester may be: a read of learners' data like any other. */
  suggestLearners: on('edit', 'learners', 'list', recordsOutput(schemas.learnerSuggestion))
    .input(z.object({ id: uuidId }))
    .query(async ({ ctx, input: { id } }) => forRequest(id, await suggestLearners(ctx.db, await requestReader.record(ctx.db, id)))),

  /** Staff who can be put in charge of a request. */
  assignees: on('list', 'staff', 'list', recordsOutput(schemas.assigneeRecord))
    .input(z.object({}).optional())
    .query(({ ctx }) => assignees(ctx.db)),

  awaitIdentity: step('edit', schemas.awaitIdentityInput, steps.awaitIdentity),
  verifyIdentity: step('edit', schemas.verifyIdentityInput, steps.verifyIdentity),
  extend: step('approve', schemas.extendInput, steps.extend),
  reject: step('approve', schemas.rejectInput, steps.reject),
  complete: step('edit', schemas.closeInput, steps.complete),
  addNote: step('edit', schemas.addNoteInput, steps.addNote),

  /** Rectification made from the request: the learner's audit row names the request. */
  rectify: on('edit', 'learners', 'update', learner)
    .input(z.object({ id: uuidId, data: learnerUpdateData }))
    .mutation(async ({ ctx, input: { id, data } }) =>
      forRequest(id, await rectifyFromRequest(ctx.db, actorOf(ctx), id, data), { requestId: id }),
    ),

  recordObjection: on('edit', 'learners', 'update', learner)
    .input(schemas.objectionInput)
    .mutation(async ({ ctx, input }) =>
      forRequest(input.id, await recordObjection(ctx.db, actorOf(ctx), input), { requestId: input.id, processing: input.processing }),
    ),

  restrict: on('approve', 'requests', 'update', one)
    .input(schemas.closeInput)
    .mutation(async ({ ctx, input }) =>
      forRequest(input.id, await setRestriction(ctx.db, actorOf(ctx), input, true), { restriction: 'set' }),
    ),

  liftRestriction: on('approve', 'requests', 'update', one)
    .input(schemas.closeInput)
    .mutation(async ({ ctx, input }) =>
      forRequest(input.id, await setRestriction(ctx.db, actorOf(ctx), input, false), { restriction: 'lifted' }),
    ),

  /** The answer to an access or portability request: every datum as a zip, the letter, the accesses. */
  exportPackage: on('edit', 'learners', 'export', recordOutput(packageRecord))
    // A live package is not built twice by accident: `again` says the staff member wants a new one.
    .input(z.object({ id: uuidId, again: z.boolean().optional() }))
    .mutation(async ({ ctx, input: { id, again } }) => forRequest(id, await exportPackage(ctx.db, actorOf(ctx), id, again))),

  /** Each download is a disclosure of the whole file: audited like the export. */
  downloadPackage: on('edit', 'learners', 'export', recordOutput(packageDownload))
    .input(z.object({ id: uuidId, packageId: uuidId }))
    .query(async ({ ctx, input }) =>
      forRequest(input.id, await downloadPackage(ctx.db, input.id, input.packageId, ctx.services.now())),
    ),

  /** What an erasure would erase and keep (ground, until when): nothing personal but counts. */
  previewErasure: on('show', 'requests', 'read', recordOutput(erasurePreviewRecord))
    .input(z.object({ id: uuidId }))
    .query(async ({ ctx, input: { id } }) => {
      const request = await requestReader.record(ctx.db, id);
      requireExecutable(request, 'erasure');
      const { outcome } = await erasureOutcome(ctx.db, request.learnerId, actorOf(ctx).today);
      return forRequest(id, { data: { data: { id, ...outcome } }, audit: { fields: [], subjectIds: subjectsIn('learner', request.learnerId) } });
    }),

  /** The DPO's approval: the erasure runs in the gateway's one transaction, with its audit row. */
  executeErasure: on('approve', 'learners', 'delete', recordOutput(erasureResult))
    .input(z.object({ id: uuidId }))
    .mutation(async ({ ctx, input: { id } }) => forRequest(id, await executeErasure(ctx.db, actorOf(ctx), id))),

  /** The written answer of the executed erasure, a printable page (it names the requester). */
  erasureAnswer: on('show', 'requests', 'read', recordOutput(erasureAnswerRecord))
    .input(z.object({ id: uuidId }))
    .query(async ({ ctx, input: { id } }) => forRequest(id, await erasureAnswer(ctx.db, await requestReader.record(ctx.db, id)))),
});
