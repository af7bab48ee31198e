import { schema } from '@vigie/db';
import { z } from 'zod';
import type { Disclosed } from '../audit/revealed.ts';
import { maskedOne, maskedReader } from '../resources/masking.ts';
import { revealProcedure } from '../resources/reveal.ts';
import { rolesFor } from '@vigie/domain/access';
import { recordOutput } from '../resource-params.ts';
import { auditedReads, readProcedures, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { prospectReader } from './resource.ts';
import { prospectCreateData, prospectFilter, prospectRecord, prospectSort, prospectUpdateData } from './schemas.ts';
import { correctProspect, createProspect } from './writes.ts';

/** Shown masked in the list and the form; "Afficher" (`reveal`) shows one in full, audited. */
const contactFields = ['email', 'phone'] as const;
const masked = <R>(answer: Promise<Disclosed<{ data: R }>>) => answer.then((a) => maskedOne(contactFields, a));

const write = (action: 'create' | 'update') =>
  personalDataProcedure(rolesFor('prospects', action === 'create' ? 'create' : 'edit'), { entity: 'prospects', action }, recordOutput(prospectRecord));

export const prospectsRouter = router({
  ...readProcedures({
    mode: auditedReads('prospects', 'prospects'),
    id: uuidId,
    record: prospectRecord,
    sort: prospectSort,
    filter: prospectFilter,
    reader: maskedReader(prospectReader, contactFields),
  }),
  create: write('create').input(z.object({ data: prospectCreateData })).mutation(({ ctx, input }) => masked(createProspect(ctx.db, input.data))),
  update: write('update')
    .input(z.object({ id: uuidId, data: prospectUpdateData, previousData: z.unknown().optional() }))
    .mutation(({ ctx, input }) => masked(correctProspect(ctx.db, input.id, input.data))),

  reveal: revealProcedure({
    access: 'prospects',
    entity: 'prospects',
    table: schema.prospects,
    id: schema.prospects.id,
    notFound: 'Prospect introuvable.',
    fields: { email: schema.prospects.email, phone: schema.prospects.phone },
  }),
});
