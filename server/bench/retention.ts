/**
 * `pnpm bench retention`: the 6-month purge of VIGIE_BENCH_EXPIRED (1,000,000) expired sign-ins while
 * VIGIE_BENCH_READERS (16) clients list learners through the real procedure; prints the purge's time
 * and the readers' p99 during it against the same readers on a quiet database (target: within 1.5x).
 */
import { seedDemo } from '@vigie/db/seed';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/auth/passwords.ts';
import { jobOrigin, runRetention } from '../src/retention/run.ts';
import { signedInCaller } from './caller.ts';
import { envNumber, openBenchDatabase } from './database.ts';
import { type Cell, fixed, printTable, saveResults } from './report.ts';
import { percentile } from './percentile.ts';


type Api = Awaited<ReturnType<typeof signedInCaller>>;

/** `clients` loops listing learners until `done()` says stop; returns every call's milliseconds, sorted. */
async function readers(api: Api, clients: number, done: () => boolean): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; !done(); i += 1) {
        const t0 = performance.now();
        await api.learners.getList({ pagination: { page: 1 + ((c * 7 + i) % 20), perPage: 25 }, sort: { field: 'lastName', order: 'ASC' }, filter: {} });
        times.push(performance.now() - t0);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

export async function runRetentionBench() {
  const bench = await openBenchDatabase('retention');
  try {
    const expired = envNumber('VIGIE_BENCH_EXPIRED', 1_000_000);
    const clients = envNumber('VIGIE_BENCH_READERS', 16);
    const quietSeconds = envNumber('VIGIE_BENCH_SECONDS', 10);
    const hash = await hashPassword('vigie-demo');
    await bench.database.asOwner((owner) => seedDemo(owner, hash, { learners: 2_000 }));
    const t0 = performance.now();
    // Spread from 12 months back to just past the 6-month cutoff: whole months and the edge month.
    await bench.database.asOwner((owner) =>
      owner.execute(sql`
        INSERT INTO platform_access_logs (learner_id, occurred_at, ip, browser, os)
        SELECT a.ids[1 + i % cardinality(a.ids)], now() - interval '6 months 1 day' - (random() * interval '175 days'),
          '198.51.100.' || (i % 250), 'Firefox 133', 'Linux'
        FROM (SELECT array_agg(id) AS ids FROM learners) a, generate_series(1, ${expired}) i`),
    );
    await bench.database.asOwner((owner) => owner.execute(sql`ANALYZE platform_access_logs`));
    console.log(`\n== retention purge on ${bench.description}: ${expired} expired sign-ins loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const api = await signedInCaller(bench.database, 'agent@vigie.test', 'vigie-demo', { code: 'learner_request', ref: 'BENCH' });

    const quietEnd = performance.now() + quietSeconds * 1000;
    const quiet = await readers(api, clients, () => performance.now() > quietEnd);

    let purging = true;
    const during = readers(api, clients, () => !purging);
    const p0 = performance.now();
    const run = await runRetention(bench.database.db, { dryRun: false, trigger: 'cli', now: new Date(), sessionIdleMs: 30 * 60_000, origin: jobOrigin('cli') });
    const purgeSeconds = (performance.now() - p0) / 1000;
    purging = false;
    const busy = await during;
    const gone = run?.results.find((r) => r.code === 'sign_ins')?.gone ?? 0;

    const q99 = percentile(quiet, 0.99);
    const b99 = percentile(busy, 0.99);
    const rows: Cell[][] = [
      ['readers (learners.getList)', 'calls', 'p50 ms', 'p99 ms'],
      ['quiet', quiet.length, fixed(percentile(quiet, 0.5), 1), fixed(q99, 1)],
      ['during the purge', busy.length, fixed(percentile(busy, 0.5), 1), fixed(b99, 1)],
    ];
    printTable(rows);
    console.log(`  purge: ${gone} sign-ins in ${purgeSeconds.toFixed(2)} s; p99 during / quiet = ${fixed(b99 / q99, 2)} (target <= 1.5)`);
    saveResults('retention', { expired, gone, clients, purgeSeconds, quietP99: q99, purgeP99: b99, ratio: b99 / q99 });
  } finally {
    await bench.dispose();
  }
}
