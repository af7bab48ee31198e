import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { type AccessAction, consolePurpose, rolesFor } from '@vigie/domain/access';
import { listOutput, recordOutput } from '../resource-params.ts';
import { serialId } from '../resources/procedures.ts';
import { personalDataProcedure, rolesProcedure, router } from '../trpc.ts';
import { activityInput, activityOutput, activityPerDay, staffMember, staffMembers } from './activity.ts';
import type { AuditAction } from './events.ts';
import { integrityStatus, readIntegrity, requestVerification, verificationById, verificationRun } from './integrity.ts';
import { subjectNames, subjectNamesInput, subjectNamesOutput } from './names.ts';
import { readsPerDay, readsPerDayOutput } from './reads.ts';
import { journalReader, withinDepth } from './resource.ts';
import { nothingRevealed } from './revealed.ts';
import { journalListInput, journalRecord, journalReferenceInput, learnerSubject } from './schemas.ts';

const journalPage = listOutput(journalRecord);

/**
 * Every screen of the console is itself written to the log: the watchers are watched, always under
 * the audit review, whatever purpose the DPO's session picked for other screens.
 */
const screen = <O extends z.ZodType>(access: AccessAction, output: O, action: AuditAction = 'audit_read') =>
  personalDataProcedure(rolesFor('audit', access), { entity: 'audit', action, purpose: consolePurpose }, output);

const newestFirst = { field: 'occurredAt', order: 'DESC' } as const;
type JournalAnswer = Awaited<ReturnType<typeof journalReader.list>>;

/** A learner's access history is a disclosure about that learner, whoever the rows name. */
const aboutLearner = (answer: JournalAnswer, learnerId: string | undefined): JournalAnswer =>
  learnerId ? { ...answer, audit: { ...answer.audit, subjectIds: [...answer.audit.subjectIds, learnerSubject(learnerId)] } } : answer;

export const auditRouter = router({
  /** The journal: every filter, newest first, without a total. */
  getList: screen('list', journalPage)
    .input(journalListInput)
    .query(async ({ ctx, input }) => {
      const page = await journalReader.list(ctx.db, withinDepth({ ...input, sort: input.sort ?? newestFirst }));
      return aboutLearner(page, input.filter?.learnerId);
    }),

  /** A learner's access history (`learnerId`) or a staff member's activity (`actorStaffId`). */
  getManyReference: screen('list', journalPage)
    .input(journalReferenceInput)
    .query(async ({ ctx, input }) => {
      const page = await journalReader.listByReference(ctx.db, withinDepth({ ...input, sort: input.sort ?? newestFirst }));
      return aboutLearner(page, input.target === 'learnerId' ? input.id : undefined);
    }),

  /** The names of the learners a journal page concerns, on demand: an audited read of their identity. */
  subjectNames: personalDataProcedure(rolesFor('audit', 'list'), { entity: 'learners', action: 'read', purpose: consolePurpose }, subjectNamesOutput)
    .input(subjectNamesInput)
    .query(({ ctx, input }) => subjectNames(ctx.db, input.subjectIds)),

  getOne: screen('show', recordOutput(journalRecord))
    .input(z.object({ id: serialId }))
    .query(({ ctx, input }) => journalReader.one(ctx.db, input.id)),

  /** Counts per day (in Paris) of what one staff member read and changed. */
  activity: screen('list', activityOutput)
    .input(activityInput)
    .query(({ ctx, input }) => activityPerDay(ctx.db, input)),

  /** The staff members the console's pickers offer (names and roles), since staff accounts are the admin's. */
  staff: screen('list', z.object({ data: z.array(staffMember) })).query(({ ctx }) => staffMembers(ctx.db)),

  /** The chain's state, the last verification, the latest checkpoint and the verification under way. */
  integrity: screen('show', integrityStatus).query(async ({ ctx }) => ({
    data: await readIntegrity(ctx.db, ctx.services.now()),
    audit: nothingRevealed(),
  })),

  /** The DPO's dashboard chart: reads of personal data per Paris day, role and outcome, counts only. */
  readsPerDay: screen('list', readsPerDayOutput).query(async ({ ctx }) => ({
    data: await readsPerDay(ctx.db, ctx.services.now()),
    audit: nothingRevealed(),
  })),

  /** Asks for a verification of the whole chain; the audit jobs run it and report progress. */
  verify: screen('create', recordOutput(verificationRun), 'audit_verify').mutation(async ({ ctx }) => ({
    data: { data: await requestVerification(ctx.db, ctx.staff.id, ctx.services.now()) },
    audit: nothingRevealed(),
  })),

  /** Progress of a verification: counts only, polled every second, so not an audited read. */
  verification: rolesProcedure(rolesFor('audit', 'show'))
    .input(z.object({ id: z.uuid() }))
    .output(recordOutput(verificationRun))
    .query(async ({ ctx, input }) => {
      const run = await verificationById(ctx.db, input.id, ctx.services.now());
      if (!run) throw new TRPCError({ code: 'NOT_FOUND', message: 'Vérification introuvable.' });
      return { data: run };
    }),
});
