import { hash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { type Database, dbRoles, selectRows, withRole } from '@vigie/db';
import { type SQL, sql } from 'drizzle-orm';
import { eventDigest, GENESIS, link, toBuffer } from '../src/audit/chain.ts';
import { sealAll } from '../src/audit/sealer.ts';
import { verifyChain } from '../src/audit/verify.ts';
import { envNumber, openBenchDatabase } from './database.ts';
import { fixed, printTable, saveResults, section } from './report.ts';
import { countAuditEvents, seedAuditEvents, seedStaff } from './seed.ts';

export interface ChainFigures {
  sealedRows: number;
  sealSeconds: number;
  sealRowsPerSecond: number;
  verifiedRows: number;
  verifySeconds: number;
  verifyRowsPerSecond: number;
  intact: boolean;
  /** Where verify's time goes, each part measured on its own over the same pages. */
  profile: VerifyProfile;
}

export interface VerifyProfile {
  /** The page queries run inside PostgreSQL with nothing sent back: join, sort, digests. */
  databaseSeconds: number;
  /** The same without the digest expression: join and sort only. */
  databaseWithoutDigestSeconds: number;
  /** The page queries fetched into node (database + transfer + driver parsing), no hashing. */
  fetchSeconds: number;
  /** The chain links recomputed in node from the fetched digests, as src/audit/chain.ts `link` does. */
  hashSeconds: number;
  /** What-if: the same links with one-shot `crypto.hash` over a reused 64-byte buffer. */
  oneShotHashSeconds: number;
  /** verify's second query: events below the head that are not on the chain (NOT EXISTS). */
  unsealedCheckSeconds: number;
  /** What-if: counting the events up to the head instead (equal to the head's seq when none was slipped in). */
  countCheckSeconds: number;
}

// As in src/audit/verify.ts, so each part is measured on the pages verify reads.
const PAGE = 50_000;

const seconds = (since: number) => (performance.now() - since) / 1000;
const perSecond = (rows: number, s: number) => Math.round(rows / Math.max(s, 1e-6));

function pageQuery(from: number, withDigest: boolean): SQL {
  const digest = withDigest ? sql`, ${eventDigest('e')} AS digest` : sql``;
  return sql`SELECT c.seq, c.event_id, c.event_tx_id, c.hash, e.tx_id ${digest}
    FROM audit_chain c LEFT JOIN audit_events e ON e.id = c.event_id
    WHERE c.seq >= ${from} ORDER BY c.seq LIMIT ${PAGE}`;
}

async function timeInDatabase(db: Database, rows: number, withDigest: boolean): Promise<number> {
  const started = performance.now();
  for (let from = 1; from <= rows; from += PAGE) {
    // Aggregated in the database, so nothing but one row crosses the wire; the sum forces the digests.
    const use = withDigest ? sql`sum(get_byte(q.digest, 0))` : sql`sum(q.seq + coalesce(q.tx_id, 0))`;
    await selectRows(db, sql`SELECT count(*) AS n, ${use} AS s FROM (${pageQuery(from, withDigest)}) q`);
  }
  return seconds(started);
}

interface Fetched {
  hash: Uint8Array | string;
  digest: Uint8Array | string | null;
}

/** The profile reads the log as verify does, in the chain's role (the run-time role may not read its IPs). */
async function profileVerify(runtime: Database, rows: number): Promise<VerifyProfile> {
  return withRole(runtime, dbRoles.auditChain, (db) => profileIn(db, rows));
}

async function profileIn(db: Database, rows: number): Promise<VerifyProfile> {
  const databaseSeconds = await timeInDatabase(db, rows, true);
  const databaseWithoutDigestSeconds = await timeInDatabase(db, rows, false);
  let started = performance.now();
  const fetched: Fetched[] = [];
  for (let from = 1; from <= rows; from += PAGE) fetched.push(...(await selectRows<Fetched>(db, pageQuery(from, true))));
  const fetchSeconds = seconds(started);
  started = performance.now();
  let previous: Buffer = GENESIS;
  for (const row of fetched) {
    const hash = link(previous, toBuffer(row.digest ?? ''));
    if (!hash.equals(toBuffer(row.hash))) throw new Error('profile: chain does not match');
    previous = hash;
  }
  const hashSeconds = seconds(started);
  started = performance.now();
  const pair = Buffer.alloc(64);
  let last: Buffer = GENESIS;
  for (const row of fetched) {
    last.copy(pair, 0);
    toBuffer(row.digest ?? '').copy(pair, 32);
    last = hash('sha256', pair, 'buffer');
  }
  if (!last.equals(previous)) throw new Error('profile: one-shot hashing disagrees');
  const oneShotHashSeconds = seconds(started);
  const head = sql`(SELECT event_tx_id, event_id FROM audit_chain ORDER BY seq DESC LIMIT 1)`;
  started = performance.now();
  await selectRows(
    db,
    sql`SELECT e.id FROM audit_events e
        WHERE (e.tx_id, e.id) < ${head} AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
        ORDER BY e.tx_id, e.id LIMIT 1`,
  );
  const unsealedCheckSeconds = seconds(started);
  started = performance.now();
  await selectRows(db, sql`SELECT count(*) AS n FROM audit_events e WHERE (e.tx_id, e.id) <= ${head}`);
  const countCheckSeconds = seconds(started);
  return { databaseSeconds, databaseWithoutDigestSeconds, fetchSeconds, hashSeconds, oneShotHashSeconds, unsealedCheckSeconds, countCheckSeconds };
}

/** Seals everything pending (as the sealer job would), then verifies the whole chain (as `audit verify`). */
export async function measureChain(db: Database): Promise<ChainFigures> {
  let started = performance.now();
  const sealedRows = await sealAll(db);
  const sealSeconds = seconds(started);
  started = performance.now();
  const report = await verifyChain(db);
  const verifySeconds = seconds(started);
  return {
    sealedRows,
    sealSeconds,
    sealRowsPerSecond: perSecond(sealedRows, sealSeconds),
    verifiedRows: report.rowsChecked,
    verifySeconds,
    verifyRowsPerSecond: perSecond(report.rowsChecked, verifySeconds),
    intact: report.firstBreak === null,
    profile: await profileVerify(db, report.rowsChecked),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * `pnpm bench chain`: sealing and `audit verify` alone, VIGIE_BENCH_ROUNDS (3) times each, median.
 * Each round writes VIGIE_BENCH_CHAIN_ROWS (500,000) new audit rows (not timed), then times sealing
 * them; verify then walks the whole chain once per round.
 */
export async function runChainBench(): Promise<void> {
  const rounds = envNumber('VIGIE_BENCH_ROUNDS', 3);
  const perRound = envNumber('VIGIE_BENCH_CHAIN_ROWS', 500_000);
  const bench = await openBenchDatabase('chain');
  try {
    section(`audit chain on ${bench.description}`);
    console.log(`  ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine skews every figure)`);
    await seedStaff(bench.database, 300);
    const { db } = bench.database;
    await sealAll(db);
    const seals: { rows: number; seconds: number }[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const seedStarted = performance.now();
      await seedAuditEvents(bench.database, (await countAuditEvents(db)) + perRound);
      const seedSeconds = seconds(seedStarted);
      const started = performance.now();
      const rows = await sealAll(db);
      seals.push({ rows, seconds: seconds(started) });
      console.log(`  round ${round}: wrote ${perRound} rows in ${seedSeconds.toFixed(1)} s, sealed ${rows} in ${seconds(started).toFixed(2)} s`);
    }
    const verifies: { rows: number; seconds: number; intact: boolean }[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const started = performance.now();
      const report = await verifyChain(db);
      verifies.push({ rows: report.rowsChecked, seconds: seconds(started), intact: report.firstBreak === null });
    }
    const sealRates = seals.map((s) => perSecond(s.rows, s.seconds));
    const verifyRates = verifies.map((v) => perSecond(v.rows, v.seconds));
    const figures = {
      seal: { rowsPerRound: perRound, rowsPerSecond: median(sealRates), perRound: sealRates, target: 100_000 },
      verify: { rows: verifies[0]?.rows ?? 0, rowsPerSecond: median(verifyRates), perRound: verifyRates, target: 500_000 },
      intact: verifies.every((v) => v.intact),
    };
    printTable([
      ['step', 'rows', 'median rows/s', 'per round', 'target', 'median / target', 'median / issue 15 figure'],
      ['seal (sealAll)', perRound, figures.seal.rowsPerSecond, sealRates.join(' '), 100_000, fixed(figures.seal.rowsPerSecond / 100_000), fixed(figures.seal.rowsPerSecond / 35_000)],
      ['verify (verifyChain)', figures.verify.rows, figures.verify.rowsPerSecond, verifyRates.join(' '), 500_000, fixed(figures.verify.rowsPerSecond / 500_000), fixed(figures.verify.rowsPerSecond / 150_000)],
    ]);
    console.log(`  chain ${figures.intact ? 'intact' : 'BROKEN'}; issue 15 measured 35,000 rows/s sealing and 150,000 rows/s verify`);
    saveResults('chain', figures);
  } finally {
    await bench.dispose();
  }
}
