import type { Database } from '@vigie/db';
import { dbRoles, schema, selectRows, withRole } from '@vigie/db';
import { desc, sql } from 'drizzle-orm';
import { eventDigest, GENESIS, toBuffer } from './chain.ts';
import { JOB_CONNECTIONS } from './job-connections.ts';

export interface Break {
  /** The chain position where the log stops being what was sealed. */
  seq: number;
  eventId: number | null;
  problem: 'altered' | 'removed' | 'out_of_order' | 'chain_gap' | 'inserted' | 'tail_cut';
}

/** Where the chain starts once the retention engine removed its oldest months (audit_purges). */
export interface ChainStart {
  seq: number;
  hash: string;
  /** Every audit row before this instant went, in whole months. */
  before: string;
}

export interface VerifyReport {
  rowsChecked: number;
  /** Set when the beginning of the chain was purged: the walk started from this recorded checkpoint. */
  startedAfter: ChainStart | null;
  headSeq: number;
  headHash: string;
  seconds: number;
  rowsPerSecond: number;
  firstBreak: Break | null;
}

// Chain positions per check: big enough that a check's fixed cost is small, small enough to spread.
const CHUNK = 100_000;
// Checks in flight, each a transaction on its own connection: PostgreSQL runs them on separate cores.
const PARALLEL = JOB_CONNECTIONS;

// The hash before the first link, as a constant of the statement.
const GENESIS_SQL = sql.raw(`'\\x${GENESIS.toString('hex')}'::bytea`);

type Problem = Break['problem'];

/**
 * The first broken link of chain positions [from, to), if any. Each link is checked against the stored
 * hash of the one before it (read with the chunk, one row early), so chunks are independent: a stored
 * chain whose every link holds is the chain recomputed from its start. The row's digest and the link
 * are both computed by PostgreSQL from the recipe sent here; nothing but a break comes back. The
 * problems are tested in the order a walk from the start meets them.
 */
function firstBreakIn(db: Database, from: number, to: number) {
  return withRole(db, dbRoles.auditChain, async (tx) => {
    // The chunk comes in order from the primary key; without statistics on a fresh chain the planner
    // would rather sort a bitmap scan, on disk at 100,000 rows.
    await tx.execute(sql`SET LOCAL enable_sort = off`);
    const [row] = await selectRows<{ seq: string | number; prev_seq: string | number | null; problem: Problem }>(
      tx,
      sql`SELECT seq, prev_seq, problem FROM (
            SELECT c.seq, c.prev_seq,
                   CASE WHEN coalesce(c.prev_seq, 0) <> c.seq - 1 THEN 'chain_gap'
                        WHEN e.id IS NULL THEN 'removed'
                        WHEN (c.event_tx_id, c.event_id) <= (c.prev_tx_id, c.prev_event_id) THEN 'out_of_order'
                        WHEN e.tx_id <> c.event_tx_id
                          OR c.hash IS DISTINCT FROM sha256(coalesce(c.prev_hash, ${GENESIS_SQL}) || ${eventDigest('e', 'c.recipe')}) THEN 'altered'
                   END AS problem
            FROM (SELECT seq, event_id, event_tx_id, hash, recipe,
                         lag(seq) OVER w AS prev_seq, lag(hash) OVER w AS prev_hash,
                         lag(event_tx_id) OVER w AS prev_tx_id, lag(event_id) OVER w AS prev_event_id
                  FROM audit_chain WHERE seq >= ${from - 1} AND seq < ${to}
                  WINDOW w AS (ORDER BY seq)) c
            LEFT JOIN audit_events e ON e.id = c.event_id
            WHERE c.seq >= ${from}) links
          WHERE problem IS NOT NULL ORDER BY seq LIMIT 1`,
    );
    return row && { seq: Number(row.seq), prevSeq: row.prev_seq === null ? null : Number(row.prev_seq), problem: row.problem };
  });
}

/** Where a gap found at `seq` begins: the first missing position, as a walk from the start would name it. */
async function gapStart(db: Database, seq: number, prevSeq: number | null): Promise<number> {
  if (prevSeq !== null) return prevSeq + 1;
  const [row] = await selectRows<{ below: string | number }>(
    db,
    sql`SELECT coalesce(max(seq), 0) AS below FROM audit_chain WHERE seq < ${seq}`,
  );
  return Number(row?.below ?? 0) + 1;
}

/** The highest chain position when the check starts: links sealed afterwards wait for the next run. */
async function lastSeq(db: Database): Promise<number> {
  const [row] = await selectRows<{ seq: string | number | null }>(db, sql`SELECT max(seq) AS seq FROM audit_chain`);
  return Number(row?.seq ?? 0);
}

/** Told the rows checked so far before each chunk, for the console's progress bar. */
export type Progress = (rowsChecked: number) => Promise<void>;

type Walk = { head: number; brk: Omit<Break, 'eventId'> | null };

/**
 * Checks the positions after `start` (the genesis, or the last purged link) in chunks, PARALLEL at a
 * time, and stops at the first break: the first chunk, in order, that has one holds the chain's first
 * break (a chunk cannot see a gap that ends its range; the next one does, and names where it began).
 */
async function walkChain(db: Database, start: number, chunk: number, onProgress?: Progress): Promise<Walk> {
  const last = await lastSeq(db);
  const starts = Array.from({ length: Math.max(0, Math.ceil((last - start) / chunk)) }, (_, i) => start + 1 + i * chunk);
  const checks = new Map<number, ReturnType<typeof firstBreakIn>>();
  const launch = (i: number) => {
    const from = starts[i];
    if (from === undefined || checks.has(i)) return;
    const check = firstBreakIn(db, from, Math.min(last + 1, from + chunk));
    check.catch(() => {}); // awaited in turn, unless the walk stops first
    checks.set(i, check);
  };
  for (let i = 0; i < starts.length; i += 1) {
    for (let ahead = i; ahead < i + PARALLEL; ahead += 1) launch(ahead);
    await onProgress?.(i * chunk);
    const found = await checks.get(i);
    checks.delete(i);
    if (found) {
      const seq = found.problem === 'chain_gap' ? await gapStart(db, found.seq, found.prevSeq) : found.seq;
      await Promise.allSettled(checks.values());
      return { head: seq - 1, brk: { seq, problem: found.problem } };
    }
  }
  return { head: Math.max(last, start), brk: null };
}

/** The link at a checked position as stored: its hash and the event it seals (the start's if none is after it). */
async function linkAt(db: Database, seq: number, start: { seq: number; hash: Buffer }) {
  const none = { hash: start.hash, last: { txId: -1, eventId: -1 } };
  if (seq === start.seq) return none;
  const [row] = await db.select().from(schema.auditChain).where(sql`${schema.auditChain.seq} = ${seq}`);
  if (!row) return none;
  return { hash: toBuffer(row.hash), last: { txId: row.eventTxId, eventId: row.eventId } };
}

/** The event a chain position points at, to name it in the report. */
async function eventAt(db: Database, seq: number): Promise<number | null> {
  const [row] = await db
    .select({ eventId: schema.auditChain.eventId })
    .from(schema.auditChain)
    .where(sql`${schema.auditChain.seq} = ${seq}`);
  return row?.eventId ?? null;
}

/** An event that sorts before the head but was never sealed was slipped in afterwards. */
async function findUnsealedBelow(db: Database, head: { txId: number; eventId: number }, sealed: number) {
  // Cheap first: as many events below the head as links means none was slipped in.
  const [below] = await selectRows<{ n: string | number }>(
    db,
    sql`SELECT count(*) AS n FROM audit_events e WHERE (e.tx_id, e.id) <= (${head.txId}, ${head.eventId})`,
  );
  if (Number(below?.n) === sealed) return null;
  const [row] = await selectRows<{ id: string | number }>(
    db,
    sql`SELECT e.id FROM audit_events e
        WHERE (e.tx_id, e.id) < (${head.txId}, ${head.eventId})
          AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
        ORDER BY e.tx_id, e.id LIMIT 1`,
  );
  return row ? Number(row.id) : null;
}

/** Hashes that must still be on the chain: the stored checkpoints and any copy an outsider kept. */
async function findCutCheckpoint(db: Database, headSeq: number, external: { seq: number; hash: string }[]) {
  const stored = await db.select().from(schema.auditCheckpoints);
  const all = [...stored.map((c) => ({ seq: c.seq, hash: toBuffer(c.hash).toString('hex') })), ...external];
  for (const checkpoint of all.sort((a, b) => a.seq - b.seq)) {
    if (checkpoint.seq > headSeq) return checkpoint.seq;
    const [row] = await db
      .select({ hash: schema.auditChain.hash })
      .from(schema.auditChain)
      .where(sql`${schema.auditChain.seq} = ${checkpoint.seq}`);
    if (!row || toBuffer(row.hash).toString('hex') !== checkpoint.hash) return checkpoint.seq;
  }
  return null;
}

/** The latest purge's checkpoint, if the retention engine removed the beginning of the chain. */
async function chainStart(db: Database): Promise<ChainStart | null> {
  const [row] = await db.select().from(schema.auditPurges).orderBy(desc(schema.auditPurges.seq)).limit(1);
  return row ? { seq: row.seq, hash: toBuffer(row.hash).toString('hex'), before: row.before.toISOString() } : null;
}

/** The purge's recorded hash must still be the stored link it names: else one of them was rewritten. */
async function startBroken(db: Database, start: ChainStart): Promise<Break | null> {
  const [link] = await db.select().from(schema.auditChain).where(sql`${schema.auditChain.seq} = ${start.seq}`);
  if (link && toBuffer(link.hash).toString('hex') === start.hash) return null;
  return { seq: start.seq, eventId: link?.eventId ?? null, problem: 'altered' };
}

export async function verifyChain(
  db: Database,
  external: { seq: number; hash: string }[] = [],
  onProgress?: Progress,
  /** Chain positions per check; tests make it small to put breaks on a chunk's edges. */
  chunk = CHUNK,
): Promise<VerifyReport> {
  const started = performance.now();
  const startedAfter = await chainStart(db);
  const base = startedAfter ? { seq: startedAfter.seq, hash: toBuffer(startedAfter.hash) } : { seq: 0, hash: GENESIS };
  const walk = await walkChain(db, base.seq, chunk, onProgress);
  const checked = walk.head - base.seq;
  const head = await linkAt(db, walk.head, base);
  let firstBreak: Break | null = (startedAfter && (await startBroken(db, startedAfter))) || null;
  if (!firstBreak && walk.brk) firstBreak = { ...walk.brk, eventId: await eventAt(db, walk.brk.seq) };
  if (!firstBreak && head.last.eventId >= 0) {
    const inserted = await findUnsealedBelow(db, head.last, checked);
    if (inserted !== null) firstBreak = { seq: walk.head + 1, eventId: inserted, problem: 'inserted' };
  }
  if (!firstBreak) {
    const cut = await findCutCheckpoint(db, walk.head, external);
    if (cut !== null) firstBreak = { seq: cut, eventId: null, problem: 'tail_cut' };
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    rowsChecked: checked,
    startedAfter,
    headSeq: walk.head,
    headHash: head.hash.toString('hex'),
    seconds,
    rowsPerSecond: Math.round(checked / Math.max(seconds, 1e-6)),
    firstBreak,
  };
}

/** Keeps the outcome for the DPO console (issue: integrity status). */
export async function recordVerification(db: Database, report: VerifyReport, startedAt: Date): Promise<string> {
  const [row] = await withRole(db, dbRoles.auditChain, (tx) => tx.insert(schema.auditVerifications).values({
    startedAt,
    finishedAt: new Date(),
    rowsChecked: report.rowsChecked,
    ok: report.firstBreak === null,
    firstBrokenSeq: report.firstBreak?.seq ?? null,
    problem: report.firstBreak?.problem ?? null,
  }).returning({ id: schema.auditVerifications.id }));
  if (!row) throw new Error('verification not recorded');
  return row.id;
}
