import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, asc, count, desc, eq, gte, inArray, max, min, ne } from 'drizzle-orm';
import { signInFields } from '../access-logs/resource.ts';
import { auditSelection } from '../audit/revealed.ts';
import { instant } from '../resources/records.ts';

const { platformAccessLogs: logs } = schema;

export const signInAudit = auditSelection(logs, signInFields, logs.id);

const MAX_SIGN_INS = 1_000;

const inWindow = (learnerId: string, since: Date) => and(eq(logs.learnerId, learnerId), gte(logs.occurredAt, since));

export async function signInsOf(db: Database, learnerId: string, since: Date) {
  const rows = await db.select(signInFields).from(logs).where(inWindow(learnerId, since)).orderBy(desc(logs.occurredAt), desc(logs.id)).limit(MAX_SIGN_INS);
  return { rows, records: rows.map(({ learnerId: _, ...row }) => ({ ...row, occurredAt: instant(row.occurredAt) })) };
}

const seen = { count: count(), firstSeen: min(logs.occurredAt), lastSeen: max(logs.occurredAt) };
const instants = <R extends { firstSeen: Date | null; lastSeen: Date | null }>(row: R) => ({
  ...row,
  firstSeen: instant(row.firstSeen ?? new Date(0)),
  lastSeen: instant(row.lastSeen ?? new Date(0)),
});

/** First and last seen per address, the latest first. */
export async function addressesOf(db: Database, learnerId: string, since: Date) {
  const rows = await db.select({ ip: logs.ip, ...seen }).from(logs).where(inWindow(learnerId, since)).groupBy(logs.ip).orderBy(desc(max(logs.occurredAt)));
  return rows.map(instants);
}

/** The browsers and systems seen (the platform stores them parsed: "Chrome 131.0", "Windows 11"). */
export async function devicesOf(db: Database, learnerId: string, since: Date) {
  const rows = await db
    .select({ browser: logs.browser, os: logs.os, ...seen })
    .from(logs)
    .where(inWindow(learnerId, since))
    .groupBy(logs.browser, logs.os)
    .orderBy(desc(count()), asc(logs.browser), asc(logs.os));
  return rows.map(instants);
}

/**
 * The other learners seen from the learner's addresses within the window, in a stable order (first
 * shared sign-in, then id), so that "Stagiaire A" of the count is "Stagiaire A" of the reveal.
 */
export async function othersFrom(db: Database, learnerId: string, since: Date) {
  const own = db.selectDistinct({ ip: logs.ip }).from(logs).where(inWindow(learnerId, since));
  const rows = await db
    .select({ learnerId: logs.learnerId, ip: logs.ip, ...seen })
    .from(logs)
    .where(and(inArray(logs.ip, own), ne(logs.learnerId, learnerId), gte(logs.occurredAt, since)))
    .groupBy(logs.learnerId, logs.ip);
  const byLearner = new Map<string, { learnerId: string; ips: string[]; firstSeen: Date; lastSeen: Date }>();
  for (const row of rows) {
    const first = row.firstSeen ?? new Date(0);
    const last = row.lastSeen ?? new Date(0);
    const entry = byLearner.get(row.learnerId) ?? { learnerId: row.learnerId, ips: [], firstSeen: first, lastSeen: last };
    entry.ips.push(row.ip);
    if (first < entry.firstSeen) entry.firstSeen = first;
    if (last > entry.lastSeen) entry.lastSeen = last;
    byLearner.set(row.learnerId, entry);
  }
  return [...byLearner.values()]
    .sort((a, b) => a.firstSeen.getTime() - b.firstSeen.getTime() || a.learnerId.localeCompare(b.learnerId))
    .map((other) => ({ ...other, ips: other.ips.sort() }));
}
