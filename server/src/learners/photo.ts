import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditSelection, type Disclosed, fieldsOf, subjectsIn } from '../audit/revealed.ts';
import { badField } from '../errors.ts';
import { withoutJpegMetadata, withoutPngMetadata, withoutWebpMetadata } from './photo-metadata.ts';
import { lockLearner } from './writes.ts';

const { learnerPhotos } = schema;

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
/** The longest base64 text a 2 MB photo can take (the HTTP body limit of the upload follows from it). */
export const PHOTO_MAX_BASE64 = Math.ceil(PHOTO_MAX_BYTES / 3) * 4;
export const photoMimeTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
type PhotoMimeType = (typeof photoMimeTypes)[number];

const TOO_LARGE = 'Photo trop lourde : 2 Mo au plus.';

export const photoUpload = z.object({
  id: z.uuid(),
  mimeType: z.enum(photoMimeTypes, 'Format accepté : JPEG, PNG ou WebP.'),
  base64: z
    .string()
    .min(1, 'Photo vide.')
    // `abort`: a 10 MB string is not worth running the base64 pattern over.
    .max(PHOTO_MAX_BASE64, { message: TOO_LARGE, abort: true })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Contenu base64 invalide.'),
});

export const photoRecord = z.object({ id: z.uuid(), learnerId: z.uuid(), mimeType: z.string(), base64: z.string() });
export const photoSaved = photoRecord.omit({ base64: true });

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The image type the bytes themselves announce: a declared type proves nothing. */
export function sniffImage(bytes: Buffer): PhotoMimeType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  const riff = bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF';
  if (riff && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

const withoutMetadata: Record<PhotoMimeType, (bytes: Buffer) => Buffer | null> = {
  'image/jpeg': withoutJpegMetadata,
  'image/png': withoutPngMetadata,
  'image/webp': withoutWebpMetadata,
};

type Saved = z.infer<typeof photoSaved>;

/** A photo written or deleted: the audit names its two columns and the learner it belongs to. */
const photoWrite = (learnerId: string, mimeType: string): Disclosed<{ data: Saved }> => ({
  data: { data: { id: learnerId, learnerId, mimeType } },
  audit: { fields: fieldsOf(learnerPhotos, [learnerPhotos.bytes, learnerPhotos.mimeType]), subjectIds: subjectsIn('learner', learnerId) },
});

export async function savePhoto(db: Database, upload: z.infer<typeof photoUpload>) {
  const bytes = Buffer.from(upload.base64, 'base64');
  if (bytes.length > PHOTO_MAX_BYTES) throw badField('base64', TOO_LARGE);
  const notImage = () =>
    badField('base64', `Le contenu n'est pas une image ${upload.mimeType.slice('image/'.length).toUpperCase()}.`);
  if (sniffImage(bytes) !== upload.mimeType) throw notImage();
  // Every accepted type loses its metadata; what cannot be cleaned is refused, never stored as it came.
  const stored = withoutMetadata[upload.mimeType](bytes);
  if (!stored) throw notImage();
  await lockLearner(db, upload.id);
  const values = { learnerId: upload.id, mimeType: upload.mimeType, bytes: stored };
  await db
    .insert(learnerPhotos)
    .values(values)
    .onConflictDoUpdate({ target: learnerPhotos.learnerId, set: { ...values, updatedAt: sql`now()` } });
  return photoWrite(upload.id, upload.mimeType);
}

const noPhoto = () => new TRPCError({ code: 'NOT_FOUND', message: "Cet apprenant n'a pas de photo." });

const photoColumns = { learnerId: learnerPhotos.learnerId, mimeType: learnerPhotos.mimeType, bytes: learnerPhotos.bytes };
const photoRead = auditSelection(learnerPhotos, photoColumns);

export async function readPhoto(db: Database, learnerId: string): Promise<Disclosed<{ data: z.infer<typeof photoRecord> }>> {
  const rows = await db.select(photoColumns).from(learnerPhotos).where(eq(learnerPhotos.learnerId, learnerId));
  const [photo] = rows;
  if (!photo) throw noPhoto();
  // PGlite hands bytea back as a Uint8Array, postgres.js as a Buffer.
  const base64 = Buffer.from(photo.bytes).toString('base64');
  return { data: { data: { id: learnerId, learnerId, mimeType: photo.mimeType, base64 } }, audit: photoRead.reveal(rows) };
}

export async function deletePhoto(db: Database, learnerId: string) {
  await lockLearner(db, learnerId);
  const deleted = await db.delete(learnerPhotos).where(eq(learnerPhotos.learnerId, learnerId)).returning({
    mimeType: learnerPhotos.mimeType,
  });
  if (deleted.length === 0) throw noPhoto();
  return photoWrite(learnerId, deleted[0]?.mimeType ?? '');
}
