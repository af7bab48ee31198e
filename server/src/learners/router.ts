import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { parisDay } from '@vigie/domain/calendar';
import { getOneInput, recordOutput } from '../resource-params.ts';
import { auditedReads, readProcedures, referenceProcedure, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { liftLegalHold, placeLegalHold } from './legal-hold.ts';
import { deletePhoto, photoRecord, photoSaved, photoUpload, readPhoto, savePhoto } from './photo.ts';
import { learnerListReader, learnerReader } from './readers.ts';
import { rectifyLearner } from './rectification.ts';
import {
  learnerFilter,
  learnerListRecord,
  learnerRecord,
  learnerSort,
  learnerUpdateData,
  legalHoldInput,
} from './schemas.ts';

const reads = auditedReads('learners', 'learners');
const resource = {
  builders: reads,
  id: uuidId,
  record: learnerListRecord,
  sort: learnerSort,
  filter: learnerFilter,
  reader: learnerListReader,
};
const edit = (entity: 'learners' | 'learnerPhotos', action: 'update' | 'delete') =>
  personalDataProcedure(rolesFor('learners', 'edit'), { entity, action });
const hold = personalDataProcedure(rolesFor('legalHolds', 'edit'), { entity: 'learners', action: 'update' });
const holdFields = ['legalHoldUntil', 'legalHoldReason'];
// The photo is declared apart (`learnerPhotos`), so the audit row names it as a photo.
const photos = personalDataProcedure(rolesFor('learners', 'show'), { entity: 'learnerPhotos', action: 'read' });

export const learnersRouter = router({
  ...readProcedures(resource),
  getManyReference: referenceProcedure(resource, ['employerId']),

  // One learner in full; lists and reference look-ups leave out the profile and consents.
  getOne: reads('read')
    .input(getOneInput)
    .output(recordOutput(learnerRecord))
    .query(async ({ ctx, input }) => ({ data: await learnerReader.one(ctx.db, input.id) })),

  update: edit('learners', 'update')
    .input(z.object({ id: z.uuid(), data: learnerUpdateData, previousData: z.unknown().optional() }))
    .output(recordOutput(learnerRecord))
    .mutation(async ({ ctx, input }) => {
      const { record, changed } = await rectifyLearner(ctx.db, input.id, input.data);
      ctx.audit.fields = changed;
      return { data: record };
    }),

  getPhoto: photos
    .input(getOneInput)
    .output(recordOutput(photoRecord))
    .query(async ({ ctx, input }) => {
      ctx.audit.fields = ['bytes'];
      return { data: await readPhoto(ctx.db, input.id) };
    }),

  uploadPhoto: edit('learnerPhotos', 'update')
    .input(photoUpload)
    .output(recordOutput(photoSaved))
    .mutation(async ({ ctx, input }) => {
      ctx.audit.fields = ['bytes', 'mimeType'];
      return { data: await savePhoto(ctx.db, input) };
    }),

  deletePhoto: edit('learnerPhotos', 'delete')
    .input(getOneInput)
    .output(recordOutput(photoSaved))
    .mutation(async ({ ctx, input }) => {
      ctx.audit.fields = ['bytes', 'mimeType'];
      return { data: await deletePhoto(ctx.db, input.id) };
    }),

  placeLegalHold: hold
    .input(legalHoldInput)
    .output(recordOutput(learnerRecord))
    .mutation(async ({ ctx, input }) => {
      ctx.audit.fields = holdFields;
      return { data: await placeLegalHold(ctx.db, parisDay(ctx.services.now()), input) };
    }),

  liftLegalHold: hold
    .input(getOneInput)
    .output(recordOutput(learnerRecord))
    .mutation(async ({ ctx, input }) => {
      ctx.audit.fields = holdFields;
      return { data: await liftLegalHold(ctx.db, input.id) };
    }),
});
