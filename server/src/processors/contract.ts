import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { badField } from '../errors.ts';
import { instant } from '../resources/records.ts';
import { lockProcessor } from './resource.ts';

const { processorContracts: files } = schema;

export const CONTRACT_MAX_BYTES = 10 * 1024 * 1024;
/** The longest base64 text a 10 MB PDF can take (the HTTP body limit of the upload follows from it). */
export const CONTRACT_MAX_BASE64 = Math.ceil(CONTRACT_MAX_BYTES / 3) * 4;
const TOO_LARGE = 'PDF trop lourd : 10 Mo au plus.';

export const contractUpload = z.object({
  id: z.uuid(),
  base64: z
    .string()
    .min(1, 'Fichier vide.')
    // `abort`: a 50 MB string is not worth running the base64 pattern over.
    .max(CONTRACT_MAX_BASE64, { message: TOO_LARGE, abort: true })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Contenu base64 invalide.'),
});

export const contractFile = z.object({ id: z.uuid(), sizeBytes: z.number().int(), uploadedAt: z.string() });
export const contractDownload = contractFile.extend({ base64: z.string() });

/** A PDF announces itself with `%PDF-` in its first bytes; a declared type or a file name proves nothing. */
export const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

export async function saveContract(db: Database, upload: z.infer<typeof contractUpload>, staffId: string) {
  const bytes = Buffer.from(upload.base64, 'base64');
  if (bytes.length > CONTRACT_MAX_BYTES) throw badField('base64', TOO_LARGE);
  if (!isPdf(bytes)) throw badField('base64', "Le fichier n'est pas un PDF.");
  if (!(await lockProcessor(db, upload.id))) throw new TRPCError({ code: 'NOT_FOUND', message: 'Sous-traitant introuvable.' });
  const values = { processorId: upload.id, bytes, sizeBytes: bytes.length, uploadedBy: staffId };
  const [row] = await db
    .insert(files)
    .values(values)
    .onConflictDoUpdate({ target: files.processorId, set: { ...values, uploadedAt: sql`now()` } })
    .returning({ uploadedAt: files.uploadedAt });
  return { id: upload.id, sizeBytes: bytes.length, uploadedAt: instant(row?.uploadedAt ?? new Date()) };
}

export async function readContract(db: Database, processorId: string) {
  // PGlite hands bytea back as a Uint8Array, postgres.js as a Buffer.
  const [file] = await db.select().from(files).where(eq(files.processorId, processorId));
  if (!file) throw new TRPCError({ code: 'NOT_FOUND', message: "Aucun contrat signé n'est déposé pour ce sous-traitant." });
  const bytes = Buffer.from(file.bytes);
  return { id: processorId, sizeBytes: file.sizeBytes, uploadedAt: instant(file.uploadedAt), base64: bytes.toString('base64') };
}
