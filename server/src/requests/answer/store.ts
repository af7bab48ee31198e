import { createHash } from 'node:crypto';
import type { Database } from '@vigie/db';
import { dbRoles, schema, withRole } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { and, desc, eq, gt, lte } from 'drizzle-orm';

const { requestPackages } = schema;

/** How long the requester's download link stays open; the copy is purged after that. */
export const PACKAGE_LIFETIME_DAYS = 7;

export async function savePackage(
  db: Database,
  input: { requestId: string; learnerId: string; createdBy: string; now: Date; bytes: Uint8Array },
) {
  const expiresAt = new Date(input.now.getTime() + PACKAGE_LIFETIME_DAYS * 86_400_000);
  const day = input.now.toISOString().slice(0, 10);
  const [saved] = await db
    .insert(requestPackages)
    .values({
      requestId: input.requestId,
      learnerId: input.learnerId,
      createdBy: input.createdBy,
      createdAt: input.now,
      expiresAt,
      fileName: `donnees-personnelles-${day}.zip`,
      sizeBytes: input.bytes.byteLength,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      bytes: Buffer.from(input.bytes),
    })
    .returning({ id: requestPackages.id, fileName: requestPackages.fileName, expiresAt: requestPackages.expiresAt });
  if (!saved) throw new Error('package not saved');
  return { ...saved, sizeBytes: input.bytes.byteLength, expiresAt: saved.expiresAt.toISOString() };
}

/** The package while its link is open; an expired one is as good as gone (the job purges it). */
export async function readPackage(db: Database, requestId: string, id: string, now: Date) {
  const [found] = await db
    .select()
    .from(requestPackages)
    .where(and(eq(requestPackages.id, id), eq(requestPackages.requestId, requestId)));
  if (!found || found.expiresAt <= now) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Lien expiré ou inconnu : produisez une nouvelle réponse.' });
  }
  return found;
}

/** The request's newest package whose link is still open, if any. */
export async function livePackage(db: Database, requestId: string, now: Date) {
  const [found] = await db
    .select({ id: requestPackages.id, createdAt: requestPackages.createdAt, expiresAt: requestPackages.expiresAt })
    .from(requestPackages)
    .where(and(eq(requestPackages.requestId, requestId), gt(requestPackages.expiresAt, now)))
    .orderBy(desc(requestPackages.createdAt))
    .limit(1);
  return found;
}

/** Deletes the copies whose link has expired; returns how many. */
export async function purgeExpiredPackages(db: Database, now: Date): Promise<number> {
  const gone = await withRole(db, dbRoles.packagePurge, (tx) =>
    tx.delete(requestPackages).where(lte(requestPackages.expiresAt, now)).returning({ id: requestPackages.id }),
  );
  return gone.length;
}
