import { hash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { type Database, dbRoles, selectRows, withRole } from '@vigie/db';
import { type SQL, sql } from 'drizzle-orm';
import { eventDigest, GENESIS, link, toBuffer } from '../src/audit/chain.ts';
import { sealAll } from '../src/audit/sealer.ts';
import { verifyChain } from '../src/audit/verify.ts';
import { startCpuCount } from './cpu.ts';
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

// The pages of a walk that brings every digest into node: what verify did before it checked links in chunks inside PostgreSQL.
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

interface Timed {
  rows: number;
  seconds: number;
  /** CPU seconds of this database's PostgreSQL backends and of this process while it ran. */
  postgresCpu: number;
  nodeCpu: number;
}

/** Opens the pool's connections first, so that the CPU count sees every backend the work will use. */
async function warmPool(db: Database) {
  await Promise.all(Array.from({ length: 10 }, () => selectRows(db, sql`SELECT pg_sleep(0.05)`)));
}

async function timedWork(db: Database, work: () => Promise<number>): Promise<Timed> {
  await warmPool(db);
  const cpu = await startCpuCount(db, [process.pid]);
  const started = performance.now();
  const rows = await work();
  const elapsed = seconds(started);
  const used = await cpu();
  return { rows, seconds: elapsed, postgresCpu: used.postgres, nodeCpu: used.loadGenerator };
}

/** Rows/s, and what the CPU time says where the wall clock is skewed by other work on the machine. */
function summary(runs: Timed[], target: number, issueFigure: number) {
  const rates = runs.map((r) => perSecond(r.rows, r.seconds));
  const mid = [...runs].sort((a, b) => perSecond(a.rows, a.seconds) - perSecond(b.rows, b.seconds))[Math.floor(runs.length / 2)] as Timed;
  const cpuMicros = (cpu: number) => fixed((cpu * 1e6) / Math.max(mid.rows, 1), 2);
  const perCore = perSecond(mid.rows, mid.postgresCpu + mid.nodeCpu);
  return {
    rows: mid.rows,
    rowsPerSecond: median(rates),
    perRound: rates,
    target,
    ratioToTarget: fixed(median(rates) / target),
    ratioToIssueFigure: fixed(median(rates) / issueFigure),
    postgresCpuMicrosPerRow: cpuMicros(mid.postgresCpu),
    nodeCpuMicrosPerRow: cpuMicros(mid.nodeCpu),
    /** Rows per second of CPU (PostgreSQL + node): the rate one idle core would give, and N cores N times it when the work spreads. */
    rowsPerCpuSecond: perCore,
  };
}

/**
 * `pnpm bench chain`: sealing and `audit verify` alone, VIGIE_BENCH_ROUNDS (3) times each, median.
 * Each round writes VIGIE_BENCH_CHAIN_ROWS (500,000) new audit rows (not timed), then times sealing
 * them; verify then walks the whole chain once per round. CPU time is counted beside the wall clock:
 * on a shared machine it is the steadier figure.
 */
export async function runChainBench(): Promise<void> {
  const rounds = envNumber('VIGIE_BENCH_ROUNDS', 3);
  const perRound = envNumber('VIGIE_BENCH_CHAIN_ROWS', 500_000);
  const bench = await openBenchDatabase('chain');
  try {
    section(`audit chain on ${bench.description}`);
    const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
    console.log(`  ${cpus().length} cores, load average ${load()} (other work on the machine skews every figure)`);
    await seedStaff(bench.database, 300);
    const { db } = bench.database;
    await sealAll(db);
    const seals: Timed[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const seedStarted = performance.now();
      await seedAuditEvents(bench.database, (await countAuditEvents(db)) + perRound);
      // Half a million rows written at once fill the WAL: their checkpoint is the writers' cost, which a
      // day of requests spreads out, not the sealer's.
      await bench.database.asOwner((owner) => owner.execute(sql`CHECKPOINT`));
      const seedSeconds = seconds(seedStarted);
      const seal = await timedWork(db, () => sealAll(db));
      seals.push(seal);
      console.log(`  round ${round}: wrote ${perRound} rows in ${seedSeconds.toFixed(1)} s, sealed ${seal.rows} in ${seal.seconds.toFixed(2)} s (load ${load()})`);
    }
    const verifies: Timed[] = [];
    let intact = true;
    for (let round = 1; round <= rounds; round += 1) {
      verifies.push(await timedWork(db, async () => {
        const report = await verifyChain(db);
        intact &&= report.firstBreak === null;
        return report.rowsChecked;
      }));
    }
    const figures = { seal: summary(seals, 100_000, 35_000), verify: summary(verifies, 500_000, 150_000), intact, cores: cpus().length, loadAverage: load() };
    printTable([
      ['step', 'rows', 'median rows/s', 'per round', 'target', '/ target', '/ issue 15', 'pg cpu µs/row', 'node cpu µs/row', 'rows per cpu-second'],
      ...(['seal', 'verify'] as const).map((step) => {
        const f = figures[step];
        return [step === 'seal' ? 'seal (sealAll)' : 'verify (verifyChain)', f.rows, f.rowsPerSecond, f.perRound.join(' '), f.target,
          f.ratioToTarget, f.ratioToIssueFigure, f.postgresCpuMicrosPerRow, f.nodeCpuMicrosPerRow, f.rowsPerCpuSecond];
      }),
    ]);
    console.log(`  chain ${intact ? 'intact' : 'BROKEN'}; issue 15 measured 35,000 rows/s sealing and 150,000 rows/s verify; load average now ${load()}`);
    saveResults('chain', figures);
  } finally {
    await bench.dispose();
  }
}
