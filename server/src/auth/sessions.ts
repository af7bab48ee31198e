import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { eq, lt, or } from 'drizzle-orm';

const { sessions, staffUsers } = schema;

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

export interface SignedInStaff {
  id: string;
  role: schema.StaffUser['role'];
  displayName: string;
}

export type SessionLookup =
  | { status: 'active'; staff: SignedInStaff; tokenHash: string }
  | { status: 'expired'; staffId: string; tokenHash: string }
  | { status: 'none' };

// Saves a write per request: the idle clock is only moved forward once a minute.
const TOUCH_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opens a session with a fresh 256-bit token; only its hash is stored. */
export async function createSession(db: Database, staffId: string, now: Date, policy: SessionPolicy) {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  await db.insert(sessions).values({
    tokenHash,
    staffId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.maxMs),
  });
  return { token, tokenHash };
}

export async function findSession(
  db: Database,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, staff: staffUsers })
    .from(sessions)
    .innerJoin(staffUsers, eq(staffUsers.id, sessions.staffId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row || row.staff.disabled) return { status: 'none' };
  const idleSince = now.getTime() - row.session.lastSeenAt.getTime();
  if (now >= row.session.expiresAt || idleSince >= policy.idleMs) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { status: 'expired', staffId: row.staff.id, tokenHash };
  }
  if (idleSince >= TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const { id, role, displayName } = row.staff;
  return { status: 'active', staff: { id, role, displayName }, tokenHash };
}

export async function endSession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a staff member (account disabled, password changed). */
export async function endSessionsOf(db: Database, staffId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.staffId, staffId));
}

/** Housekeeping: sessions past either limit are of no use to anyone. */
export async function purgeExpiredSessions(db: Database, now: Date, policy: SessionPolicy) {
  await db
    .delete(sessions)
    .where(
      or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - policy.idleMs))),
    );
}
