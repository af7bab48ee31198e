import { z } from 'zod';
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

export const employerContactsRouter = router({
  ...readRoutes(
    {
      mode: auditedReads('employerContacts', 'employerContacts'),
      id: uuidId,
      record: employerContactRecord,
      sort: employerContactSort,
      filter: employerContactFilter,
      reader: employerContactReader,
    },
    ['employerId'],
  ),

  update: personalDataProcedure(
    rolesFor('employerContacts', 'edit'),
    { entity: 'employerContacts', action: 'update' },
    recordOutput(employerContactRecord),
  )
    .input(z.object({ id: uuidId, data: employerContactUpdateData, previousData: z.unknown().optional() }))
    .mutation(({ ctx, input }) => rectifyEmployerContact(ctx.db, input.id, input.data)),
});
