import type { Database } from '@vigie/db';
import { z } from 'zod';
import { type AccessAction, rolesFor } from '@vigie/domain/access';
import { parisDay } from '@vigie/domain/calendar';
import type { AuditAction } from '../audit/events.ts';
import type { SignedInStaff } from '../auth/sessions.ts';
import type { Context } from '../context.ts';
import { learnerRecord, learnerUpdateData } from '../learners/schemas.ts';
import { recordOutput, recordsOutput } from '../resource-params.ts';
import { readProcedures, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { downloadPackage, exportPackage, packageDownload, packageRecord } from './answer/export.ts';
import { erasureAnswer } from './erasure/answer.ts';
import { executeErasure } from './erasure/execute.ts';
import { erasureOutcome } from './erasure/preview.ts';
import { erasureAnswerRecord, erasurePreviewRecord, erasureResult } from './erasure/schemas.ts';
import { recordObjection, rectifyFromRequest, setRestriction } from './execution.ts';
import { assignees, openRequest, updateRequest } from './intake.ts';
import { suggestLearners } from './matching.ts';
import { requestReader } from './resource.ts';
import * as schemas from './schemas.ts';
import * as steps from './steps.ts';
import { timelineOf } from './timeline.ts';
import { type Actor, requireExecutable } from './workflow.ts';

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
const one = recordOutput(schemas.requestRecord);

/** A step on the request itself (`requests.<step>`): its input, then the request as it stands after. */
function step<I extends z.ZodType<{ id: string }>>(
  access: AccessAction,
  schema: I,
  run: (db: Database, actor: Actor, input: z.output<I>) => Promise<schemas.RequestRecord>,
) {
  return on(access, 'requests', 'update')
    .input(schema)
    .output(one)
    .mutation(async ({ ctx, input }) => {
      // tRPC cannot reduce its parsed-input type over a generic schema: it is the schema's output.
      const parsed = input as z.output<I>;
      return { data: await run(ctx.db, actorOf(ctx, parsed.id), parsed) };
    });
}

export const requestsRouter = router({
  ...readProcedures({
    builders: (kind) => on(kind === 'list' ? 'list' : 'show', 'requests', kind),
    id: uuidId,
    record: schemas.requestRecord,
    sort: schemas.requestSort,
    filter: schemas.requestFilter,
    reader: requestReader,
  }),

  create: on('create', 'requests', 'create')
    .input(z.object({ data: schemas.requestCreateData }))
    .output(one)
    .mutation(async ({ ctx, input: { data } }) => {
      const record = await openRequest(ctx.db, ctx.staff.id, parisDay(ctx.services.now()), data);
      ctx.audit.purposeRef = `request:${record.id}`;
      return { data: record };
    }),

  update: on('edit', 'requests', 'update')
    .input(z.object({ id: uuidId, data: schemas.requestUpdateData, previousData: z.unknown().optional() }))
    .output(one)
    .mutation(async ({ ctx, input: { id, data } }) => {
      const { record, changed } = await updateRequest(ctx.db, actorOf(ctx, id), id, data);
      ctx.audit.fields = changed;
      return { data: record };
    }),

  timeline: on('show', 'requestEvents', 'list')
    .input(z.object({ id: uuidId }))
    .output(recordsOutput(schemas.requestEventRecord))
    .query(async ({ ctx, input: { id } }) => {
      actorOf(ctx, id);
      await requestReader.one(ctx.db, id);
      return { data: await timelineOf(ctx.db, id) };
    }),

  /** Learners the requester may be: a read of learners' data like any other. */
  suggestLearners: on('edit', 'learners', 'list')
    .input(z.object({ id: uuidId }))
    .output(recordsOutput(schemas.learnerSuggestion))
    .query(async ({ ctx, input: { id } }) => {
      actorOf(ctx, id);
      return { data: await suggestLearners(ctx.db, await requestReader.one(ctx.db, id)) };
    }),

  /** Staff who can be put in charge of a request. */
  assignees: on('list', 'staff', 'list')
    .input(z.object({}).optional())
    .output(recordsOutput(schemas.assigneeRecord))
    .query(async ({ ctx }) => ({ data: await assignees(ctx.db) })),

  awaitIdentity: step('edit', schemas.awaitIdentityInput, steps.awaitIdentity),
  verifyIdentity: step('edit', schemas.verifyIdentityInput, steps.verifyIdentity),
  extend: step('approve', schemas.extendInput, steps.extend),
  reject: step('approve', schemas.rejectInput, steps.reject),
  complete: step('edit', schemas.closeInput, steps.complete),
  addNote: step('edit', schemas.addNoteInput, steps.addNote),

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
    .input(schemas.objectionInput)
    .output(recordOutput(learnerRecord))
    .mutation(async ({ ctx, input }) => {
      const { record, changed } = await recordObjection(ctx.db, actorOf(ctx, input.id), input);
      ctx.audit.fields = changed;
      ctx.audit.details = { requestId: input.id, processing: input.processing };
      return { data: record };
    }),

  restrict: on('approve', 'requests', 'update')
    .input(schemas.closeInput)
    .output(one)
    .mutation(async ({ ctx, input }) => {
      ctx.audit.details = { restriction: 'set' };
      return { data: await setRestriction(ctx.db, actorOf(ctx, input.id), input, true) };
    }),

  liftRestriction: on('approve', 'requests', 'update')
    .input(schemas.closeInput)
    .output(one)
    .mutation(async ({ ctx, input }) => {
      ctx.audit.details = { restriction: 'lifted' };
      return { data: await setRestriction(ctx.db, actorOf(ctx, input.id), input, false) };
    }),

  /** The answer to an access or portability request: every datum as a zip, the letter, the accesses. */
  exportPackage: on('edit', 'learners', 'export')
    .input(z.object({ id: uuidId }))
    .output(recordOutput(packageRecord))
    .mutation(async ({ ctx, input: { id } }) => {
      const { learnerId, record } = await exportPackage(ctx.db, actorOf(ctx, id), id);
      ctx.audit.subjectIds = [`learner:${learnerId}`];
      ctx.audit.details = { requestId: id, packageId: record.id, files: record.files.length };
      return { data: record };
    }),

  /** Each download is a disclosure of the whole file: audited like the export. */
  downloadPackage: on('edit', 'learners', 'export')
    .input(z.object({ id: uuidId, packageId: uuidId }))
    .output(recordOutput(packageDownload))
    .query(async ({ ctx, input }) => {
      actorOf(ctx, input.id);
      const found = await downloadPackage(ctx.db, input.id, input.packageId, ctx.services.now());
      ctx.audit.subjectIds = [`learner:${found.learnerId}`];
      ctx.audit.details = { requestId: input.id, packageId: found.id };
      return { data: found };
    }),

  /** What an erasure would erase and keep (ground, until when): nothing personal but counts. */
  previewErasure: on('show', 'requests', 'read')
    .input(z.object({ id: uuidId }))
    .output(recordOutput(erasurePreviewRecord))
    .query(async ({ ctx, input: { id } }) => {
      const { today } = actorOf(ctx, id);
      const request = await requestReader.one(ctx.db, id);
      requireExecutable(request, 'erasure');
      const { outcome } = await erasureOutcome(ctx.db, request.learnerId, today);
      return { data: { id, ...outcome } };
    }),

  /** The DPO's approval: the erasure runs in the gateway's one transaction, with its audit row. */
  executeErasure: on('approve', 'learners', 'delete')
    .input(z.object({ id: uuidId }))
    .output(recordOutput(erasureResult))
    .mutation(async ({ ctx, input: { id } }) => {
      const { fields, deleted, learnerId, outcome } = await executeErasure(ctx.db, actorOf(ctx, id), id);
      ctx.audit.fields = fields;
      ctx.audit.details = { requestId: id, deleted };
      return { data: { id: learnerId, requestId: id, outcome } };
    }),

  /** The written answer of the executed erasure, a printable page (it names the requester). */
  erasureAnswer: on('show', 'requests', 'read')
    .input(z.object({ id: uuidId }))
    .output(recordOutput(erasureAnswerRecord))
    .query(async ({ ctx, input: { id } }) => {
      actorOf(ctx, id);
      ctx.audit.fields = ['requesterName'];
      return { data: await erasureAnswer(ctx.db, await requestReader.one(ctx.db, id)) };
    }),
});
