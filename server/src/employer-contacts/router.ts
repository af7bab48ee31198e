import { schema } from '@vigie/db';
import { z } from 'zod';
import { maskedOne, maskedReader } from '../resources/masking.ts';
import { revealProcedure } from '../resources/reveal.ts';
import { rolesFor } from '@vigie/domain/access';
import { recordOutput } from '../resource-params.ts';
import { auditedReads, readRoutes, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { employerContactReader } from './resource.ts';
import {
  employerContactFilter,
  employerContactRecord,
  employerContactSort,
  employerContactUpdateData,
} from './schemas.ts';
import { rectifyEmployerContact } from './writes.ts';

/** Shown masked on the employer's page; "Afficher" (`reveal`) shows one in full, audited. */
const contactFields = ['email', 'phone'] as const;

export const employerContactsRouter = router({
  ...readRoutes(
    {
      mode: auditedReads('employerContacts', 'employerContacts'),
      id: uuidId,
      record: employerContactRecord,
      sort: employerContactSort,
      filter: employerContactFilter,
      reader: maskedReader(employerContactReader, contactFields),
    },
    ['employerId'],
  ),

  update: personalDataProcedure(
    rolesFor('employerContacts', 'edit'),
    { entity: 'employerContacts', action: 'update' },
    recordOutput(employerContactRecord),
  )
    .input(z.object({ id: uuidId, data: employerContactUpdateData, previousData: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => maskedOne(contactFields, await rectifyEmployerContact(ctx.db, input.id, input.data))),

  reveal: revealProcedure({
    access: 'employerContacts',
    entity: 'employerContacts',
    table: schema.employerContacts,
    id: schema.employerContacts.id,
    notFound: 'Interlocuteur introuvable.',
    fields: { email: schema.employerContacts.email, phone: schema.employerContacts.phone },
  }),
});
