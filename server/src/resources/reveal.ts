import type { Resource } from '@vigie/domain/access';
import { rolesFor } from '@vigie/domain/access';
import type { MaskedField } from '@vigie/domain/masking';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { auditSelection, type Disclosed } from '../audit/revealed.ts';
import { revealable } from '../audit/withholding.ts';
import { personalDataProcedure } from '../trpc.ts';

export interface Revealable {
  /** Who may see the record is who may reveal its fields. */
  access: Resource;
  entity: string;
  table: PgTable;
  /** The record's id, which is also its subject's (a learner, a contact, a prospect). */
  id: PgColumn;
  notFound: string;
  /** The masked fields and the column each is read from. */
  fields: Partial<Record<MaskedField, PgColumn>>;
}

const revealed = z.object({ id: z.uuid(), field: z.string(), value: revealable(z.string().nullable()) });

/**
 * "Afficher": one masked field of one record, in full, as its own audited read naming that field, so
 * the log says who revealed which phone number and why. One line per resource (`reveal: revealProcedure(...)`).
 */
export function revealProcedure(spec: Revealable) {
  const names = Object.keys(spec.fields) as [MaskedField, ...MaskedField[]];
  return personalDataProcedure(rolesFor(spec.access, 'show'), { entity: spec.entity, action: 'reveal' }, z.object({ data: revealed }))
    .input(z.object({ id: z.uuid(), field: z.enum(names) }))
    .query(async ({ ctx, input }): Promise<Disclosed<{ data: z.input<typeof revealed> }>> => {
      const column = spec.fields[input.field];
      if (!column) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Champ non affichable.' });
      const selection = { id: spec.id, value: column };
      const rows = await ctx.db.select(selection).from(spec.table).where(eq(spec.id, input.id));
      const [row] = rows;
      if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: spec.notFound });
      const audit = auditSelection(spec.table, selection, spec.id).reveal(rows);
      return {
        data: { data: { id: String(row.id), field: input.field, value: (row.value as string | null) ?? null } },
        audit: { ...audit, details: { revealed: input.field } },
      };
    });
}
