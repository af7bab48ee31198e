/**
 * `pnpm bench learners`: learner search latency through the real procedure (policy, audit, drizzle)
 * on a large seeded database. VIGIE_BENCH_LEARNERS (1,000,000) sets the size; DATABASE_URL, if set,
 * is used as it is and seeded only if empty.
 */
import { randomUUID } from 'node:crypto';
import { seedDemo } from '@vigie/db/seed';
import { hashPassword } from '../src/auth/passwords.ts';
import { createLoginThrottle } from '../src/auth/throttle.ts';
import { loadConfig } from '../src/config.ts';
import { createContext, type Services } from '../src/context.ts';
import { appRouter } from '../src/router.ts';
import { COUNT_CAP } from '../src/resources/reader.ts';
import { createCallerFactory } from '../src/trpc.ts';
import { envNumber, openBenchDatabase } from './database.ts';
import { type Cell, fixed, printTable } from './report.ts';

const inputs = ['dupont', 'claire dupont', 'martin', 'claire.dupont@exemple.fr', '0612', '06 12 34', 'du', 'x', 'zzzzzz', ''];
const RUNS = envNumber('VIGIE_BENCH_RUNS', 40);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

export async function runLearnersBench() {
  const bench = await openBenchDatabase('learners');
  try {
    const size = envNumber('VIGIE_BENCH_LEARNERS', 1_000_000);
    const startedAt = performance.now();
    const hash = await hashPassword('vigie-demo');
    const seeded = await bench.database.asOwner((owner) => seedDemo(owner, hash, { learners: size }));
    console.log(`\n== learners search on ${bench.description}`);
    if (seeded) console.log(`  seeded ${size} learners in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    const services: Services = {
      database: bench.database,
      config: loadConfig({ NODE_ENV: 'test' }),
      now: () => new Date(),
      throttle: createLoginThrottle(bench.database.db),
    };
    let token = '';
    const request = { ip: '127.0.0.1', userAgent: 'bench', purposeCode: 'learner_request', purposeRef: 'BENCH' };
    const jar = { set: (t: string) => void (token = t), clear: () => {} };
    const caller = (sessionToken: string | null) =>
      createCallerFactory(appRouter)(() =>
        createContext(services, { ...request, requestId: randomUUID(), sessionToken }, jar),
      );
    await caller(null).auth.login({ email: 'agent@vigie.test', password: 'vigie-demo' });
    const api = caller(token);
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
