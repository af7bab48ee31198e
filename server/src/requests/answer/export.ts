import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { z } from 'zod';
import { type Disclosed, fieldsOf, type Revealed, subjectsIn } from '../../audit/revealed.ts';
import { applyStep, type Actor, lockRequest, requireExecutable } from '../workflow.ts';
import { assembleAnswer } from './assemble.ts';
import { livePackage, readPackage, savePackage } from './store.ts';
import { ConflictReason } from '../../errors.ts';
import { formatParisDateTime } from '@vigie/domain/calendar';
import { learnerDataColumns } from './subject-data.ts';

/** An access answer discloses the learner's whole file, whoever downloads it. */
const wholeFile = (learnerId: string, details: Record<string, unknown>): Revealed => ({
  fields: fieldsOf(schema.learners, learnerDataColumns()),
  subjectIds: subjectsIn('learner', learnerId),
  details,
});

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
export async function exportPackage(
  db: Database,
  actor: Actor,
  id: string,
  again = false,
): Promise<Disclosed<{ data: z.infer<typeof packageRecord> }>> {
  // The lock serialises a double click: the second one finds the first one's package.
  const request = await lockRequest(db, id);
  requireExecutable(request, request.types.includes('access') ? 'access' : 'portability');
  const live = again ? undefined : await livePackage(db, id, actor.now);
  if (live) {
    throw new ConflictReason(
      'live_package',
      `Une réponse a déjà été produite le ${formatParisDateTime(live.createdAt)} ; téléchargez-la depuis la chronologie, ou confirmez pour en produire une nouvelle.`,
    ).asConflict();
  }
  const { bytes, files } = await assembleAnswer(db, request, actor.now);
  const saved = await savePackage(db, { requestId: id, learnerId: request.learnerId, createdBy: actor.staffId, now: actor.now, bytes });
  await applyStep(db, actor.staffId, request, {
    kind: 'executed',
    details: { right: 'access', packageId: saved.id, expiresAt: saved.expiresAt, files: files.length },
  });
  return {
    data: { data: { ...saved, files } },
    audit: wholeFile(request.learnerId, { requestId: id, packageId: saved.id, files: files.length }),
  };
}

/** The package of that request, as base64, while its link is open. */
export async function downloadPackage(
  db: Database,
  requestId: string,
  packageId: string,
  now: Date,
): Promise<Disclosed<{ data: z.infer<typeof packageDownload> }>> {
  const found = await readPackage(db, requestId, packageId, now);
  const download = {
    id: found.id,
    learnerId: found.learnerId,
    fileName: found.fileName,
    expiresAt: found.expiresAt.toISOString(),
    // PGlite hands bytea back as a Uint8Array, postgres.js as a Buffer.
    base64: Buffer.from(found.bytes).toString('base64'),
  };
  return { data: { data: download }, audit: wholeFile(found.learnerId, { requestId, packageId: found.id }) };
}
