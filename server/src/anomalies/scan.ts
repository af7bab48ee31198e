import type { Database } from '@vigie/db';
import { dbRoles, schema, selectRows, withRole } from '@vigie/db';
import { and, asc, eq, gt, gte, inArray, isNotNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { loadRules, type AnomalyRule, type Rules } from './rules.ts';
import { outsideHours } from './hours.ts';
import { advance, type ReadsMemory, usable } from './memory.ts';
import { crossings, type Occurrence } from './window.ts';

const { auditChain, auditEvents: e, anomalyFlags, anomalyScan, learners } = schema;

// Advisory-lock key: one scanner at a time whatever the number of server processes.
const SCAN_LOCK = 7_240_003;
const CURSOR = 'rules';
const BATCH = 5_000;
/** Reads of personal data, by anyone, that succeeded. */
export const READS = ['read', 'list', 'search', 'export', 'audit_read'];

const eventColumns = {
  id: e.id,
  occurredAt: e.occurredAt,
  actorStaffId: e.actorStaffId,
  action: e.action,
  outcome: e.outcome,
  subjectIds: e.subjectIds,
  purposeCode: e.purposeCode,
  purposeRef: e.purposeRef,
  ip: e.ip,
  procedure: e.procedure,
};
type Event = Pick<typeof e.$inferSelect, keyof typeof eventColumns>;
type Flag = typeof anomalyFlags.$inferInsert;

const isRead = (event: Event) => READS.includes(event.action) && event.outcome === 'success' && event.actorStaffId !== null;
/**
 * Opening a learner's file (one record: `getOne` and the like) or exporting it; a list or a search
 * that happens to include an off-limits learner is ordinary browsing, not a sign of anything.
 */
export const OPENINGS = ['read', 'export'];
const opens = (event: Event) => isRead(event) && OPENINGS.includes(event.action);
const learnersOf = (event: Event) => event.subjectIds.filter((s) => s.startsWith('learner:')).map((s) => s.slice(8));
const flag = (rule: AnomalyRule, event: Event, key: string | null, details: Record<string, unknown>): Flag => ({
  rule,
  eventId: event.id,
  occurredAt: event.occurredAt,
  actorStaffId: event.actorStaffId,
  key,
  details,
});

async function offLimitsLearners(db: Database, events: Event[]): Promise<Set<string>> {
  const ids = [...new Set(events.filter(opens).flatMap(learnersOf))];
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 5_000) {
    const rows = await db
      .select({ id: learners.id })
      .from(learners)
      // Off limits: blocked on suspected fraud, or restricted on request (Art. 18).
      .where(
        and(
          inArray(learners.id, ids.slice(i, i + 5_000)),
          or(eq(learners.status, 'blocked'), isNotNull(learners.restrictedAt)),
        ),
      );
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/** The rules that judge each event on its own. */
async function eventFlags(db: Database, events: Event[], rules: Rules): Promise<Flag[]> {
  const on = (rule: AnomalyRule) => rules.enabled.has(rule);
  const offLimits = on('restricted_learner') ? await offLimitsLearners(db, events) : new Set<string>();
  return events.filter(isRead).flatMap((event) => {
    const flags: Flag[] = [];
    if (on('off_hours') && outsideHours(event.occurredAt, rules.settings.off_hours)) {
      flags.push(flag('off_hours', event, event.actorStaffId, {}));
    }
    if (on('other_without_reference') && event.purposeCode === 'other' && !event.purposeRef) {
      flags.push(flag('other_without_reference', event, event.actorStaffId, {}));
    }
    const touched = opens(event) ? learnersOf(event).filter((id) => offLimits.has(id)) : [];
    // Ids only: the queue shows the names through the gateway, as an audited read (anomalies/names.ts).
    if (touched.length > 0) {
      flags.push(flag('restricted_learner', event, event.actorStaffId, { learners: touched, action: event.action, procedure: event.procedure }));
    }
    return flags;
  });
}

/** Where a batch ends in the chain: the rules see the log as sealed up to there, whenever they run. */
interface Upto {
  seq: number;
  txId: number;
  eventId: number;
}

/**
 * Sealed events since `since`, up to the batch's end in the chain (chain order is (tx_id, id): an
 * event committed after the batch was sealed waits for its own batch), in time order. No later time
 * bounds them: an event sealed earlier may have happened later than the batch's.
 */
function around(db: Database, since: number, upTo: Upto, condition: SQL | undefined) {
  return db
    .select(eventColumns)
    .from(e)
    .where(and(condition, gte(e.occurredAt, new Date(since)), sql`(${e.txId}, ${e.id}) <= (${upTo.txId}, ${upTo.eventId})`))
    .orderBy(asc(e.occurredAt), asc(e.id));
}

/** The batch a rule judges: the handle the scans come through, and the chain positions after `from` up to `upTo`. */
interface Scope {
  handle: Database;
  from: number;
  upTo: Upto;
}

/** Twice the window back from the batch's first event, so that the counts at that event are whole. */
const sinceOf = (batch: Event[], windowMs: number) => Math.min(...batch.map((x) => x.occurredAt.getTime())) - 2 * windowMs;

/** Runs `crossings` per key and keeps the crossings that fall in the batch. */
function windowFlags(rule: AnomalyRule, batch: Event[], byKey: Map<string, Occurrence[]>, windowMs: number, min: number) {
  const inBatch = new Map(batch.map((event) => [event.id, event]));
  const flags: Flag[] = [];
  for (const [key, occurrences] of byKey) {
    for (const crossing of crossings(occurrences, windowMs, min)) {
      const event = inBatch.get(crossing.eventId);
      if (event) flags.push(flag(rule, event, key, { count: crossing.count, windowMinutes: windowMs / 60_000 }));
    }
  }
  return flags;
}

function group(events: Event[], keysOf: (event: Event) => string[], itemsOf: (event: Event) => string[]) {
  const byKey = new Map<string, Occurrence[]>();
  for (const event of events) {
    for (const key of keysOf(event)) {
      const list = byKey.get(key) ?? [];
      list.push({ eventId: event.id, at: event.occurredAt.getTime(), items: itemsOf(event) });
      byKey.set(key, list);
    }
  }
  return byKey;
}

// Per database handle: the process's scans of one database follow each other.
const memories = new WeakMap<Database, ReadsMemory>();
const actorOf = (x: Event) => (x.actorStaffId ? [x.actorStaffId] : []);

/** The actors' reads in the window, from the memory of the previous batch where it can serve. */
async function bulkReadFlags(db: Database, scope: Scope, events: Event[], rules: Rules): Promise<Flag[]> {
  const batch = events.filter((x) => isRead(x) && learnersOf(x).length > 0);
  if (!rules.enabled.has('bulk_reads') || batch.length === 0) return [];
  const { maxLearners, windowMinutes } = rules.settings.bulk_reads;
  const windowMs = windowMinutes * 60_000;
  const since = sinceOf(batch, windowMs);
  const remembered = memories.get(scope.handle);
  const memory = usable(remembered, scope.from, since) ? remembered : undefined;
  const actors = [...new Set(batch.flatMap(actorOf))];
  const unknown = actors.filter((actor) => !memory?.byActor.has(actor));
  const condition = and(inArray(e.actorStaffId, unknown), inArray(e.action, READS), eq(e.outcome, 'success'));
  const fetched = unknown.length > 0 ? group(await around(db, since, scope.upTo, condition), actorOf, learnersOf) : new Map();
  const next = advance(memory, { upTo: scope.upTo.seq, since, batch: group(events.filter(isRead), actorOf, learnersOf), fetched });
  memories.set(scope.handle, next);
  const byActor = new Map(actors.map((actor) => [actor, next.byActor.get(actor) ?? []]));
  return windowFlags('bulk_reads', batch, byActor, windowMs, maxLearners + 1);
}

const signInKeys = (event: Event) => [
  ...event.subjectIds.filter((s) => s.startsWith('staff:')).map((s) => `account:${s.slice(6)}`),
  ...(event.ip ? [`ip:${event.ip}`] : []),
];

async function failedSignInFlags(db: Database, scope: Scope, events: Event[], rules: Rules): Promise<Flag[]> {
  const batch = events.filter((x) => x.action === 'login_failed');
  if (!rules.enabled.has('failed_sign_ins') || batch.length === 0) return [];
  const { attempts, windowMinutes } = rules.settings.failed_sign_ins;
  const windowMs = windowMinutes * 60_000;
  const nearby = await around(db, sinceOf(batch, windowMs), scope.upTo, eq(e.action, 'login_failed'));
  const byKey = group(nearby, signInKeys, (x) => [String(x.id)]);
  return windowFlags('failed_sign_ins', batch, byKey, windowMs, attempts);
}

async function cursorOf(db: Database): Promise<number> {
  const [row] = await db.select().from(anomalyScan).where(eq(anomalyScan.id, CURSOR));
  return row?.lastSeq ?? 0;
}

/**
 * Judges the next batch of sealed events. The chain's order is complete (the sealer takes only
 * finished transactions), so a cursor on it never skips an event that committed late.
 * Returns how many events it read (0: nothing new, or another process holds the lock).
 */
export async function scanBatch(db: Database): Promise<number> {
  // The rules read the IP address of failed sign-ins: the scan's own role may, the app's may not.
  return withRole(db, dbRoles.anomalyScan, async (tx) => {
    const [lock] = await selectRows<{ ok: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(${SCAN_LOCK}) AS ok`);
    if (!lock?.ok) return 0;
    const from = await cursorOf(tx);
    const rows = await tx
      .select({ seq: auditChain.seq, txId: e.txId, ...eventColumns })
      .from(auditChain)
      .innerJoin(e, eq(e.id, auditChain.eventId))
      .where(and(gt(auditChain.seq, from), lte(auditChain.seq, from + BATCH)))
      .orderBy(asc(auditChain.seq));
    if (rows.length === 0) return 0;
    const rules = await loadRules(tx);
    const end = rows[rows.length - 1] as (typeof rows)[number];
    const scope: Scope = { handle: db, from, upTo: { seq: end.seq, txId: end.txId, eventId: end.id } };
    const flags = [
      ...(await eventFlags(tx, rows, rules)),
      ...(await bulkReadFlags(tx, scope, rows, rules)),
      ...(await failedSignInFlags(tx, scope, rows, rules)),
    ];
    // Chunks keep each insert under PostgreSQL's limit on parameters.
    for (let i = 0; i < flags.length; i += 1_000) {
      await tx.insert(anomalyFlags).values(flags.slice(i, i + 1_000)).onConflictDoNothing();
    }
    const lastSeq = end.seq;
    await tx
      .insert(anomalyScan)
      .values({ id: CURSOR, lastSeq })
      .onConflictDoUpdate({ target: anomalyScan.id, set: { lastSeq, scannedAt: new Date() } });
    return rows.length;
  });
}

/** Scans until the rules have seen every sealed event. */
export async function scanAll(db: Database): Promise<number> {
  let total = 0;
  for (let n = await scanBatch(db); n > 0; n = await scanBatch(db)) total += n;
  return total;
}
