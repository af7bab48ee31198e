/**
 * `pnpm bench learners`: learner search latency through the real procedure (policy, audit, drizzle)
 * on a large seeded database. VIGIE_BENCH_LEARNERS (1,000,000) sets the size; DATABASE_URL, if set,
 * is used as it is and seeded only if empty.
 */
import { seedDemo } from '@vigie/db/seed';
import { hashPassword } from '../src/auth/passwords.ts';
import { COUNT_CAP } from '../src/resources/reader.ts';
import { signedInCaller } from './caller.ts';
import { envNumber, openBenchDatabase, settle } from './database.ts';
import { type Cell, fixed, printTable } from './report.ts';
import { percentile } from './percentile.ts';

const inputs = ['dupont', 'claire dupont', 'martin', 'claire.dupont@exemple.fr', '0612', '06 12 34', 'du', 'x', 'zz', ''];
const RUNS = envNumber('VIGIE_BENCH_RUNS', 40);


export async function runLearnersBench() {
  const bench = await openBenchDatabase('learners');
  try {
    const size = envNumber('VIGIE_BENCH_LEARNERS', 1_000_000);
    const startedAt = performance.now();
    const hash = await hashPassword('vigie-demo');
    const seeded = await bench.database.asOwner((owner) => seedDemo(owner, hash, { learners: size }));
    console.log(`\n== learners search on ${bench.description}`);
    if (seeded) console.log(`  seeded ${size} learners in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    await settle(bench.database);
    const api = await signedInCaller(bench.database, 'agent@vigie.test', 'vigie-demo', { code: 'learner_request', ref: 'BENCH' });
    const rows: Cell[][] = [['search (first page of 25, total capped)', 'matches', 'p50 ms', 'p95 ms']];
    for (const q of inputs) {
      const times: number[] = [];
      let total: Cell = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const t0 = performance.now();
        const page = await api.learners.getList({
          pagination: { page: 1, perPage: 25 },
          sort: { field: 'lastName', order: 'ASC' },
          filter: q ? { q } : {},
        });
        times.push(performance.now() - t0);
        total = 'total' in page ? page.total : `> ${COUNT_CAP}`;
      }
      times.sort((a, b) => a - b);
      rows.push([q ? JSON.stringify(q) : '(no search)', total, fixed(percentile(times, 0.5), 1), fixed(percentile(times, 0.95), 1)]);
    }
    printTable(rows);
  } finally {
    await bench.dispose();
  }
}
