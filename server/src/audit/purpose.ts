import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';

export const PURPOSE_HEADER = 'x-vigie-purpose';
export const PURPOSE_REF_HEADER = 'x-vigie-purpose-ref';
export const MAX_PURPOSE_REF_LENGTH = 100;

export interface Purpose {
  code: string;
  ref: string | null;
}

/** A personal-data read needs a known, active purpose; the error says what the caller must do. */
export async function requirePurpose(
  db: Database,
  code: string | null,
  ref: string | null,
): Promise<Purpose> {
  if (!code) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `Motif d'accès manquant : choisissez un motif avant de consulter des données personnelles (en-tête ${PURPOSE_HEADER}).`,
    });
  }
  if (ref && ref.length > MAX_PURPOSE_REF_LENGTH) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `Motif d'accès : la référence dépasse ${MAX_PURPOSE_REF_LENGTH} caractères.`,
    });
  }
  const [known] = await db
    .select({ code: schema.auditPurposes.code })
    .from(schema.auditPurposes)
    .where(and(eq(schema.auditPurposes.code, code), eq(schema.auditPurposes.active, true)));
  if (!known) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `Motif d'accès inconnu : « ${code} ».` });
  }
  return { code, ref: ref || null };
}
