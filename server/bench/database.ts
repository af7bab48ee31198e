import { openDatabase, openScratchDatabase, type VigieDatabase } from '@vigie/db';
import { sql } from 'drizzle-orm';

/** Where a bench part runs when DATABASE_URL is unset: a throwaway database on the local server. */
const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  url: string;
  /** Says which database this is and whether it is dropped at the end. */
  description: string;
  database: VigieDatabase;
  dispose(): Promise<void>;
}

/**
 * DATABASE_URL as given (kept: audit rows are append-only, whatever the bench adds stays), or a
 * fresh `vigie_bench_<timestamp>` database on the local server, dropped by `dispose`.
 */
export async function openBenchDatabase(part: string): Promise<BenchDatabase> {
  const given = process.env.DATABASE_URL;
  if (given) {
    const database = await openDatabase({ url: given, migrate: true });
    const where = new URL(given);
    return {
      url: given,
      description: `DATABASE_URL ${where.host}${where.pathname} (kept; the rows added stay)`,
      database,
      dispose: () => database.close(),
    };
  }
  const name = `vigie_bench_${part}_${Date.now()}`;
  const database = await openScratchDatabase(DEFAULT_SERVER_URL, name);
  return {
    url: database.url,
    description: `fresh database ${name} on ${new URL(database.url).host} (dropped at the end)`,
    database,
    dispose: () => database.close(),
  };
}

/**
 * What autovacuum would have done by the time a production server holds this much: planner statistics,
 * visibility map, hint bits. Freshly seeded tables have none (and this machine's PostgreSQL runs with
 * autovacuum off, so they never would): plans made blind measured the seeding, not the product
 * (the audited read at 313 req/s before, 565 after; the learner file's p95 at 278 ms before, 105 after).
 */
export async function settle(database: VigieDatabase): Promise<void> {
  await database.asOwner((owner) => owner.execute(sql`VACUUM (ANALYZE)`));
}

/** A number from the environment, or its default. */
export function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export const benchSettings = () => ({
  seconds: envNumber('VIGIE_BENCH_SECONDS', 10),
  warmupSeconds: envNumber('VIGIE_BENCH_WARMUP_SECONDS', 2),
  connections: envNumber('VIGIE_BENCH_CONNECTIONS', 32),
  // Rounds of a, b, c in turn; the median is reported (the machine may be busy with other work).
  rounds: envNumber('VIGIE_BENCH_ROUNDS', 3),
  staff: envNumber('VIGIE_BENCH_STAFF', 3_000),
  auditRows: envNumber('VIGIE_BENCH_AUDIT_ROWS', 1_000_000),
});
