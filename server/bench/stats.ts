/**
 * `pnpm bench stats`: the statistics on a large seeded database. The rollup job's run (how long the
 * figures take to refresh), then every two-dimension table of the current period through the real
 * procedure (policy, suppression over the period's whole family, audit row): the first call after a
 * refresh computes the period's suppression pattern, the others reuse it. VIGIE_BENCH_LEARNERS
 * (1,000,000) sets the size; DATABASE_URL, if set, is used as it is and seeded only if empty.
 */
import { seedDemo } from '@vigie/db/seed';
import { statsDimensions, type StatsMeasure } from '@vigie/domain/stats';
import { hashPassword } from '../src/auth/passwords.ts';
import { refreshStats } from '../src/stats/rollup.ts';
import { signedInCaller } from './caller.ts';
import { envNumber, openBenchDatabase, settle } from './database.ts';
import { type Cell, fixed, printTable, saveResults } from './report.ts';
import { percentile } from './percentile.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Every pair of dimensions the API crosses (months are never crossed with their own quarters). */
const pairs = statsDimensions.flatMap((a, i) =>
  statsDimensions.slice(i + 1).filter((b) => !(a === 'month' && b === 'quarter')).map((b) => [a, b] as const),
);

export async function runStatsBench() {
  const bench = await openBenchDatabase('stats');
  try {
    const size = envNumber('VIGIE_BENCH_LEARNERS', 1_000_000);
    let t0 = performance.now();
    const seeded = await bench.database.asOwner(async (owner) => seedDemo(owner, await hashPassword('vigie-demo'), { learners: size }));
    console.log(`\n== statistics on ${bench.description}`);
    if (seeded) console.log(`  seeded ${size} learners in ${seconds(performance.now() - t0)}`);
    await settle(bench.database);
    t0 = performance.now();
    const cells = await refreshStats(bench.database.db);
    const rollupMs = performance.now() - t0;
    console.log(`  rollup job: ${cells} cells in ${seconds(rollupMs)} (the job reruns every hour: figures at most an hour old)`);

    const api = await signedInCaller(bench.database, 'manager@vigie.test', 'vigie-demo', { code: 'statistics', ref: 'BENCH' });
    const { period } = await api.stats.dimensions();
    if (period === null) throw new Error('no period in the rollup');
    const table = (rows: (typeof pairs)[number][0], columns: (typeof pairs)[number][1], measure: StatsMeasure) =>
      api.stats.table({ rows, columns, measure, period, filter: {} });

    const rows: Cell[][] = [['calls', 'tables', 'p50 ms', 'p95 ms', 'max ms', 'hidden cells (mean)']];
    const figures: Record<string, unknown> = { learners: size, rollupMs: fixed(rollupMs, 0), cells, period };
    for (const [label, measure] of [['learners, first call (pattern computed)', 'learners'], ['learners, pattern reused', 'learners'], ['survey score (own pattern on top)', 'surveyScore'], ['hours attended', 'hoursAttended']] as const) {
      const times: number[] = [];
      let hidden = 0;
      for (const [a, b] of label.includes('first') ? pairs.slice(0, 1) : pairs) {
        const t = performance.now();
        const answer = await table(a, b, measure);
        times.push(performance.now() - t);
        hidden += answer.suppressedCount;
      }
      times.sort((x, y) => x - y);
      const p95 = percentile(times, 0.95);
      rows.push([label, times.length, fixed(percentile(times, 0.5), 1), fixed(p95, 1), fixed(times.at(-1) ?? 0, 1), fixed(hidden / times.length, 1)]);
      figures[measure + (label.includes('first') ? 'First' : '')] = { p50: fixed(percentile(times, 0.5), 1), p95: fixed(p95, 1) };
    }
    printTable(rows);
    console.log(`  results: ${saveResults('stats', figures)}`);
  } finally {
    await bench.dispose();
  }
}
