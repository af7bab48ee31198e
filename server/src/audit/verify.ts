import type { Database } from '@vigie/db';
import { schema, selectRows } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { eventDigest, GENESIS, link, toBuffer } from './chain.ts';

export interface Break {
  /** The chain position where the log stops being what was sealed. */
  seq: number;
  eventId: number | null;
  problem: 'altered' | 'removed' | 'out_of_order' | 'chain_gap' | 'inserted' | 'tail_cut';
}

export interface VerifyReport {
  rowsChecked: number;
  headSeq: number;
  headHash: string;
  seconds: number;
  rowsPerSecond: number;
  firstBreak: Break | null;
}

const PAGE = 50_000;

interface LinkRow {
  seq: string | number;
  event_id: string | number;
  event_tx_id: string | number;
  hash: Uint8Array | string;
  tx_id: string | number | null;
  digest: Uint8Array | string | null;
}

/** Walks the chain in order and recomputes every link; stops at the first break. */
async function walkChain(db: Database) {
  let previous: Buffer = GENESIS;
  let expectedSeq = 1;
  let last = { txId: -1, eventId: -1 };
  for (;;) {
    const rows = await selectRows<LinkRow>(
      db,
      sql`SELECT c.seq, c.event_id, c.event_tx_id, c.hash, e.tx_id,
                 CASE WHEN e.id IS NOT NULL THEN ${eventDigest('e')} END AS digest
          FROM audit_chain c LEFT JOIN audit_events e ON e.id = c.event_id
          WHERE c.seq >= ${expectedSeq} ORDER BY c.seq LIMIT ${PAGE}`,
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      const eventId = Number(row.event_id);
      const txId = Number(row.event_tx_id);
      const at = (problem: Break['problem']): Break => ({ seq, eventId, problem });
      if (seq !== expectedSeq) return { checked: expectedSeq - 1, previous, brk: at('chain_gap') };
      if (row.digest === null) return { checked: seq - 1, previous, brk: at('removed') };
      if (txId < last.txId || (txId === last.txId && eventId <= last.eventId)) {
        return { checked: seq - 1, previous, brk: at('out_of_order') };
      }
      const hash = link(previous, toBuffer(row.digest));
      if (Number(row.tx_id) !== txId || !hash.equals(toBuffer(row.hash))) {
        return { checked: seq - 1, previous, brk: at('altered') };
      }
      previous = hash;
      last = { txId, eventId };
      expectedSeq += 1;
    }
    if (rows.length < PAGE) return { checked: expectedSeq - 1, previous, last, brk: null };
  }
}

/** An event that sorts before the head but was never sealed was slipped in afterwards. */
async function findUnsealedBelow(db: Database, head: { txId: number; eventId: number }) {
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

export async function verifyChain(
  db: Database,
  external: { seq: number; hash: string }[] = [],
): Promise<VerifyReport> {
  const started = performance.now();
  const walk = await walkChain(db);
  let firstBreak: Break | null = walk.brk;
  if (!firstBreak && walk.last && walk.last.eventId >= 0) {
    const inserted = await findUnsealedBelow(db, walk.last);
    if (inserted !== null) firstBreak = { seq: walk.checked + 1, eventId: inserted, problem: 'inserted' };
  }
  if (!firstBreak) {
    const cut = await findCutCheckpoint(db, walk.checked, external);
    if (cut !== null) firstBreak = { seq: cut, eventId: null, problem: 'tail_cut' };
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    rowsChecked: walk.checked,
    headSeq: walk.checked,
    headHash: walk.previous.toString('hex'),
    seconds,
    rowsPerSecond: Math.round(walk.checked / Math.max(seconds, 1e-6)),
    firstBreak,
  };
}

/** Keeps the outcome for the DPO console (issue: integrity status). */
export async function recordVerification(db: Database, report: VerifyReport, startedAt: Date) {
  await db.insert(schema.auditVerifications).values({
    startedAt,
    finishedAt: new Date(),
    rowsChecked: report.rowsChecked,
    ok: report.firstBreak === null,
    firstBrokenSeq: report.firstBreak?.seq ?? null,
    problem: report.firstBreak?.problem ?? null,
  });
}
