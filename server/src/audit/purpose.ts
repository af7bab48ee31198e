import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';

export const PURPOSE_HEADER = 'x-vigie-purpose';
export const PURPOSE_REF_HEADER = 'x-vigie-purpose-ref';
export const MAX_PURPOSE_REF_LENGTH = 100;

export interface Purpose {
  code: string;
  ref: string | null;
}

// The purposes are reference data read on every audited call: a process keeps them briefly, so a
// purpose switched off takes effect within this delay.
const CACHE_MS = 30_000;
const cache = new WeakMap<Database, { loadedAt: number; codes: Promise<Set<string>> }>();

function activePurposes(db: Database): Promise<Set<string>> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.loadedAt < CACHE_MS) return cached.codes;
  const codes = db
    .select({ code: schema.auditPurposes.code })
    .from(schema.auditPurposes)
    .where(eq(schema.auditPurposes.active, true))
    .then((rows) => new Set(rows.map((row) => row.code)));
  cache.set(db, { loadedAt: Date.now(), codes });
  codes.catch(() => cache.delete(db));
  return codes;
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
  if (!(await activePurposes(db)).has(code)) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `Motif d'accès inconnu : « ${code} ».` });
  }
  return { code, ref: ref || null };
}
