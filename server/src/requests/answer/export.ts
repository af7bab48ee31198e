import type { Database } from '@vigie/db';
import { z } from 'zod';
import { applyStep, type Actor, lockRequest, requireExecutable } from '../workflow.ts';
import { assembleAnswer } from './assemble.ts';
import { readPackage, savePackage } from './store.ts';

export const packageRecord = z.object({
  id: z.uuid(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  expiresAt: z.string(),
  files: z.array(z.string()),
});

export const packageDownload = z.object({
  id: z.uuid(),
  learnerId: z.uuid(),
  fileName: z.string(),
  expiresAt: z.string(),
  base64: z.string(),
});

/**
 * Access (Art. 15) and portability (Art. 20) answer with the same package: produced from a verified
 * request, kept until its link expires, and written on the request's timeline.
 */
export async function exportPackage(db: Database, actor: Actor, id: string) {
  const request = await lockRequest(db, id);
  requireExecutable(request, request.types.includes('access') ? 'access' : 'portability');
  const { bytes, files } = await assembleAnswer(db, request, actor.now);
  const saved = await savePackage(db, { requestId: id, learnerId: request.learnerId, createdBy: actor.staffId, now: actor.now, bytes });
  await applyStep(db, actor.staffId, request, {
    kind: 'executed',
    details: { right: 'access', packageId: saved.id, expiresAt: saved.expiresAt, files: files.length },
  });
  return { learnerId: request.learnerId, record: { ...saved, files } };
}

/** The package of that request, as base64, while its link is open. */
export async function downloadPackage(db: Database, requestId: string, packageId: string, now: Date) {
  const found = await readPackage(db, requestId, packageId, now);
  return {
    id: found.id,
    learnerId: found.learnerId,
    fileName: found.fileName,
    expiresAt: found.expiresAt.toISOString(),
    // PGlite hands bytea back as a Uint8Array, postgres.js as a Buffer.
    base64: Buffer.from(found.bytes).toString('base64'),
  };
}
