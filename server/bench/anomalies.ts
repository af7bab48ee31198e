import { randomUUID } from 'node:crypto';
import { schema } from '@vigie/db';
import { scanAll } from '../src/anomalies/scan.ts';
import { sealAll } from '../src/audit/sealer.ts';
import { learnerRead } from '../src/test/events.ts';
import { envNumber, openBenchDatabase, settle } from './database.ts';
import { fixed, printTable, saveResults, section } from './report.ts';

const INSERT_CHUNK = 5_000;

/**
 * `pnpm bench anomalies`: the rules judging one staff member who reads a different learner every few
 * milliseconds for an hour (whom `bulk_reads` exists to flag), VIGIE_BENCH_SCAN_READS (60,000 and
 * twice that) sealed reads each time on a fresh log, scanned as the job does, 5,000 at a time. The
 * scan's cost per read must not grow with how many reads the window holds.
 */
export async function runAnomaliesBench(): Promise<void> {
  const base = envNumber('VIGIE_BENCH_SCAN_READS', 60_000);
  const figures = [];
  for (const reads of [base, 2 * base]) {
    const bench = await openBenchDatabase('anomalies');
    try {
      if (reads === base) section(`anomaly scan on ${bench.description}`);
      const actor = randomUUID();
      const start = Date.parse('2026-06-02T08:00:00Z');
      await bench.database.asOwner(async (owner) => {
        for (let i = 0; i < reads; i += INSERT_CHUNK) {
          const chunk = Array.from({ length: Math.min(INSERT_CHUNK, reads - i) }, (_, j) =>
            learnerRead(actor, new Date(start + ((i + j) * 3_600_000) / reads)),
          );
          await owner.insert(schema.auditEvents).values(chunk);
        }
      });
      await sealAll(bench.database.db);
      await settle(bench.database);
      const started = performance.now();
      const cpu = process.cpuUsage();
      const scanned = await scanAll(bench.database.db);
      const used = process.cpuUsage(cpu);
      const seconds = (performance.now() - started) / 1000;
      const flags = await bench.database.asOwner((owner) => owner.$count(schema.anomalyFlags));
      const figure = { reads: scanned, seconds: fixed(seconds), nodeCpuSeconds: fixed((used.user + used.system) / 1e6), microsPerRead: Math.round((seconds * 1e6) / scanned), flags };
      figures.push(figure);
    } finally {
      await bench.dispose();
    }
  }
  printTable([
    ['reads in the hour', 'seconds', 'node cpu s', 'µs per read', 'flags'],
    ...figures.map((f) => [f.reads, f.seconds, f.nodeCpuSeconds, f.microsPerRead, f.flags]),
  ]);
  const [one, two] = figures;
  if (one && two) console.log(`  cost per read, twice the reads over once: ${fixed(two.microsPerRead / one.microsPerRead)} (1.0: linear)`);
  saveResults('anomalies', { figures });
}
