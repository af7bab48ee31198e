import type { Database } from '@vigie/db';
import { dbRoles, schema, selectRows, withRole } from '@vigie/db';
import { desc, sql } from 'drizzle-orm';
import { eventDigest, GENESIS, link, toBuffer } from './chain.ts';

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

const PAGE = 25_000;
// Pages in flight: PostgreSQL computes digests on other cores while Node hashes the links.
const AHEAD = 3;

interface LinkRow {
  seq: string | number;
  event_id: string | number;
  event_tx_id: string | number;
  hash: Uint8Array | string;
  tx_id: string | number | null;
  digest: Uint8Array | string | null;
}

/**
 * A range of chain positions with the digest of each event as it stands now (null if gone). Each page
 * is its own short transaction of the chain's role, so pages run side by side on several connections.
 */
function fetchPage(db: Database, from: number) {
  return withRole(db, dbRoles.auditChain, (tx) => selectRows<LinkRow>(
    tx,
    sql`SELECT c.seq, c.event_id, c.event_tx_id, c.hash, e.tx_id,
               CASE WHEN e.id IS NOT NULL THEN ${eventDigest('e')} END AS digest
        FROM audit_chain c LEFT JOIN audit_events e ON e.id = c.event_id
        WHERE c.seq >= ${from} AND c.seq < ${from + PAGE} ORDER BY c.seq`,
  ));
}

/** Told the rows checked so far before each page, for the console's progress bar. */
export type Progress = (rowsChecked: number) => Promise<void>;

type Walk = { head: number; previous: Buffer; last: { txId: number; eventId: number }; brk: Omit<Break, 'eventId'> | null };

/**
 * Walks the chain in order from `start` (the genesis, or the last purged link) and recomputes every
 * link; stops at the first break. Pages are seq ranges read until one comes back empty, so rows missing
 * at the end of a page still show as a gap.
 */
async function walkChain(db: Database, start: { seq: number; hash: Buffer }, onProgress?: Progress): Promise<Walk> {
  let previous: Buffer = start.hash;
  let last = { txId: -1, eventId: -1 };
  let expected = start.seq + 1;
  let nextFrom = expected;
  const pending: Promise<LinkRow[]>[] = [];
  const refill = () => {
    while (pending.length < AHEAD) {
      const page = fetchPage(db, nextFrom);
      page.catch(() => {}); // awaited in turn, unless the walk stops first
      pending.push(page);
      nextFrom += PAGE;
    }
  };
  for (;;) {
    refill();
    const rows = await (pending.shift() as Promise<LinkRow[]>);
    if (rows.length === 0) return { head: expected - 1, previous, last, brk: null };
    await onProgress?.(expected - 1 - start.seq);
    for (const row of rows) {
      const seq = Number(row.seq);
      const eventId = Number(row.event_id);
      const txId = Number(row.event_tx_id);
      const stop = (problem: Break['problem']): Walk => ({ head: expected - 1, previous, last, brk: { seq: expected, problem } });
      if (seq !== expected) return stop('chain_gap');
      if (row.digest === null) return stop('removed');
      if (txId < last.txId || (txId === last.txId && eventId <= last.eventId)) return stop('out_of_order');
      const hash = link(previous, toBuffer(row.digest));
      if (Number(row.tx_id) !== txId || !hash.equals(toBuffer(row.hash))) return stop('altered');
      previous = hash;
      last = { txId, eventId };
      expected += 1;
    }
  }
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
): Promise<VerifyReport> {
  const started = performance.now();
  const startedAfter = await chainStart(db);
  const base = startedAfter ? { seq: startedAfter.seq, hash: toBuffer(startedAfter.hash) } : { seq: 0, hash: GENESIS };
  const walk = await walkChain(db, base, onProgress);
  const checked = walk.head - base.seq;
  let firstBreak: Break | null = (startedAfter && (await startBroken(db, startedAfter))) || null;
  if (!firstBreak && walk.brk) firstBreak = { ...walk.brk, eventId: await eventAt(db, walk.brk.seq) };
  if (!firstBreak && walk.last.eventId >= 0) {
    const inserted = await findUnsealedBelow(db, walk.last, checked);
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
    headHash: walk.previous.toString('hex'),
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
