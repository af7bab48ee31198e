import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { plainReads, readProcedures, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { buildEmployerReport, EMPLOYER_REPORTING, employerReport, reportFilter } from './report.ts';
import { employerReader } from './resource.ts';
import { employerFilter, employerRecord, employerSort } from './schemas.ts';

export const employersRouter = router({
  ...readProcedures({
    mode: plainReads('employers'),
    id: uuidId,
    record: employerRecord,
    sort: employerSort,
    filter: employerFilter,
    reader: employerReader,
  }),

  /**
   * The employer-facing report: its employer-funded learners' results and attendance, as JSON rows
   * (the client renders the CSV and the printable page). A disclosure to a third party, so an export.
   */
  report: personalDataProcedure(rolesFor('employers', 'export'), { entity: 'learners', action: 'export' }, employerReport)
    .input(z.object({ id: uuidId, filter: reportFilter.optional() }))
    .query(({ ctx, input }) => {
      if (ctx.request.purposeCode !== EMPLOYER_REPORTING) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `Rapport employeur : choisissez le motif « ${EMPLOYER_REPORTING} » (Rapport à l'employeur).`,
        });
      }
      return buildEmployerReport(ctx.db, input.id, input.filter);
    }),
});
