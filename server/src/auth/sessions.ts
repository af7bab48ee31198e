import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@vigie/db';
import { schema, selectRows } from '@vigie/db';
import { eq, lt, or, sql } from 'drizzle-orm';
import { sharedWhileRunning } from '../in-flight.ts';
import { type PurposeColumns, type PurposeRecord, purposeRecordOf, purposeRecordQuery } from '../audit/purpose.ts';

const { sessions } = schema;

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
  | { status: 'active'; staff: SignedInStaff; tokenHash: string; purpose: PurposeRecord | null }
  | { status: 'expired'; staffId: string; tokenHash: string }
  | { status: 'none' };

interface SessionRow extends PurposeColumns {
  staff_id: string;
  role: SignedInStaff['role'];
  display_name: string;
  disabled: boolean;
  last_seen_at: string | Date;
  expires_at: string | Date;
}

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

// The calls of one screen at once share their look-up (`x-vigie-purpose` is part of it).
const sessionRow = sharedWhileRunning(
  (db: Database, tokenHash: string, purposeCode: string | null) =>
    selectRows<SessionRow>(
      db,
      sql`SELECT s.*, p.* FROM vigie_session_staff(${tokenHash}) s LEFT JOIN LATERAL (${purposeRecordQuery(purposeCode)}) p ON true`,
    ),
  (tokenHash, purposeCode) => `${tokenHash} ${purposeCode ?? ''}`,
);

/**
 * The session `token` opens, and the purpose the request names as the register holds it (`purposeCode`,
 * the `x-vigie-purpose` header): one statement for both, which every request needs.
 */
export async function findSession(
  db: Database,
  token: string,
  now: Date,
  policy: SessionPolicy,
  purposeCode: string | null = null,
): Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  // The staff member's name is personal data: the owner's function hands out the token holder's only.
  const [row] = await sessionRow(db, tokenHash, purposeCode);
  if (!row || row.disabled) return { status: 'none' };
  const idleSince = now.getTime() - new Date(row.last_seen_at).getTime();
  if (now >= new Date(row.expires_at) || idleSince >= policy.idleMs) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { status: 'expired', staffId: row.staff_id, tokenHash };
  }
  if (idleSince >= TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const staff = { id: row.staff_id, role: row.role, displayName: row.display_name };
  return { status: 'active', staff, tokenHash, purpose: purposeRecordOf(row) };
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
