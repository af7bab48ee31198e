import { schema } from '@vigie/db';
import { z } from 'zod';
import type { Disclosed } from '../audit/revealed.ts';
import { rolesFor } from '@vigie/domain/access';
import { parisDay } from '@vigie/domain/calendar';
import { getOneInput, recordOutput } from '../resource-params.ts';
import { maskedOne, maskedReader } from '../resources/masking.ts';
import { auditedReads, readProcedures, referenceProcedure, uuidId } from '../resources/procedures.ts';
import { revealProcedure } from '../resources/reveal.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { blockLearner, unblockLearner } from '../learner-decisions/block.ts';
import { blockInput, decisionRecord, unblockInput } from '../learner-decisions/schemas.ts';
import { liftLegalHold, placeLegalHold } from './legal-hold.ts';
import { deletePhoto, photoRecord, photoSaved, photoUpload, readPhoto, savePhoto } from './photo.ts';
import { learnerListReader, learnerReader } from './resource.ts';
import {
  learnerFilter,
  learnerListRecord,
  learnerRecord,
  learnerSort,
  learnerUpdateData,
  legalHoldInput,
  liftLegalHoldInput,
} from './schemas.ts';
import { rectifyLearner } from './writes.ts';

/** Shown masked in lists and in the file; "Afficher" (`reveal`) shows one in full, audited. */
const learnerContacts = ['email', 'phone'] as const;
const masked = <R>(answer: Promise<Disclosed<{ data: R }>>) => answer.then((a) => maskedOne(learnerContacts, a));

const resource = {
  mode: auditedReads('learners', 'learners'),
  id: uuidId,
  record: learnerListRecord,
  sort: learnerSort,
  filter: learnerFilter,
  reader: maskedReader(learnerListReader, learnerContacts),
};
const learner = recordOutput(learnerRecord);
const edit = personalDataProcedure(rolesFor('learners', 'edit'), { entity: 'learners', action: 'update' }, learner);
const hold = personalDataProcedure(rolesFor('legalHolds', 'edit'), { entity: 'learners', action: 'update' }, learner);
// A block is a measure against a suspected fraud: it is recorded under that purpose, whatever the session's.
const decide = personalDataProcedure(
  rolesFor('learnerDecisions', 'edit'),
  { entity: 'learnerDecisions', action: 'create', purpose: 'fraud_investigation' },
  recordOutput(decisionRecord),
);
// The photo is declared apart (`learnerPhotos`), so the audit row names it as a photo.
const photo = <O extends z.ZodType>(access: 'show' | 'edit', action: 'read' | 'update' | 'delete', output: O) =>
  personalDataProcedure(rolesFor('learners', access), { entity: 'learnerPhotos', action }, output);

export const learnersRouter = router({
  ...readProcedures(resource),
  getManyReference: referenceProcedure(resource, ['employerId']),

  // One learner in full; lists and reference look-ups leave out the profile and consents.
  getOne: personalDataProcedure(rolesFor('learners', 'show'), { entity: 'learners', action: 'read' }, learner)
    .input(getOneInput)
    .query(({ ctx, input }) => masked(learnerReader.one(ctx.db, input.id))),

  update: edit
    .input(z.object({ id: z.uuid(), data: learnerUpdateData, previousData: z.unknown().optional() }))
    .mutation(({ ctx, input }) => masked(rectifyLearner(ctx.db, input.id, input.data))),

  getPhoto: photo('show', 'read', recordOutput(photoRecord))
    .input(getOneInput)
    .query(({ ctx, input }) => readPhoto(ctx.db, input.id)),

  uploadPhoto: photo('edit', 'update', recordOutput(photoSaved))
    .input(photoUpload)
    .mutation(({ ctx, input }) => savePhoto(ctx.db, input)),

  deletePhoto: photo('edit', 'delete', recordOutput(photoSaved))
    .input(getOneInput)
    .mutation(({ ctx, input }) => deletePhoto(ctx.db, input.id)),

  placeLegalHold: hold
    .input(legalHoldInput)
    .mutation(({ ctx, input }) => masked(placeLegalHold(ctx.db, ctx.staff.id, parisDay(ctx.services.now()), input))),

  liftLegalHold: hold.input(liftLegalHoldInput).mutation(({ ctx, input }) => masked(liftLegalHold(ctx.db, ctx.staff.id, input))),

  block: decide.input(blockInput).mutation(({ ctx, input }) => blockLearner(ctx.db, ctx.staff.id, parisDay(ctx.services.now()), input)),

  unblock: decide.input(unblockInput).mutation(({ ctx, input }) => unblockLearner(ctx.db, ctx.staff.id, input)),

  reveal: revealProcedure({
    access: 'learners',
    entity: 'learners',
    table: schema.learners,
    id: schema.learners.id,
    notFound: 'Apprenant introuvable.',
    fields: { email: schema.learners.email, phone: schema.learners.phone },
  }),
});
