import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { type AccessAction, rolesFor } from '@vigie/domain/access';
import { recordOutput } from '../resource-params.ts';
import { serialId } from '../resources/procedures.ts';
import { personalDataProcedure, rolesProcedure, router } from '../trpc.ts';
import { activityInput, activityOutput, activityPerDay, staffMember, staffMembers } from './activity.ts';
import type { AuditAction } from './events.ts';
import { integrityStatus, readIntegrity, requestVerification, verificationById, verificationRun } from './integrity.ts';
import {
  journalEvent,
  journalListInput,
  journalPage,
  journalRecord,
  journalReferenceInput,
  learnerSubject,
  listJournal,
  referenceCondition,
} from './journal.ts';

/** Every screen of the console is itself written to the log: the watchers are watched. */
const screen = (access: AccessAction, action: AuditAction = 'audit_read') =>
  personalDataProcedure(rolesFor('audit', access), { entity: 'audit', action });

export const auditRouter = router({
  /** The journal: every filter, newest first, without a total. */
  getList: screen('list')
    .input(journalListInput)
    .output(journalPage)
    .query(({ ctx, input }) => {
      if (input.filter?.learnerId) ctx.audit.subjectIds = [learnerSubject(input.filter.learnerId)];
      return listJournal(ctx.db, input);
    }),

  /** A learner's access history (`learnerId`) or a staff member's activity (`actorStaffId`). */
  getManyReference: screen('list')
    .input(journalReferenceInput)
    .output(journalPage)
    .query(({ ctx, input }) => {
      if (input.target === 'learnerId') ctx.audit.subjectIds = [learnerSubject(input.id)];
      return listJournal(ctx.db, input, referenceCondition(input.target, input.id));
    }),

  getOne: screen('show')
    .input(z.object({ id: serialId }))
    .output(recordOutput(journalRecord))
    .query(async ({ ctx, input }) => {
      const event = await journalEvent(ctx.db, input.id);
      if (!event) throw new TRPCError({ code: 'NOT_FOUND', message: "Événement d'audit introuvable." });
      return { data: event };
    }),

  /** Counts per day (in Paris) of what one staff member read and changed. */
  activity: screen('list')
    .input(activityInput)
    .output(activityOutput)
    .query(({ ctx, input }) => {
      ctx.audit.subjectIds = [`staff:${input.staffId}`];
      return activityPerDay(ctx.db, input);
    }),

  /** The staff members the console's pickers offer (names and roles), since staff accounts are the admin's. */
  staff: screen('list')
    .output(z.object({ data: z.array(staffMember) }))
    .query(async ({ ctx }) => ({ data: await staffMembers(ctx.db) })),

  /** The chain's state, the last verification, the latest checkpoint and the verification under way. */
  integrity: screen('show')
    .output(integrityStatus)
    .query(({ ctx }) => readIntegrity(ctx.db, ctx.services.now())),

  /** Asks for a verification of the whole chain; the audit jobs run it and report progress. */
  verify: screen('create', 'audit_verify')
    .output(recordOutput(verificationRun))
    .mutation(async ({ ctx }) => ({ data: await requestVerification(ctx.db, ctx.staff.id, ctx.services.now()) })),

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
