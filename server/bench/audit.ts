import { cpus, loadavg } from 'node:os';
import { type ChainFigures, measureChain } from './chain.ts';
import { compareTargets, medianOf, ratiosOf, targets } from './compare.ts';
import { benchSettings, openBenchDatabase } from './database.ts';
import { getOnePath } from './http.ts';
import { fixed, printTable, saveResults, section } from './report.ts';
import { countAuditEvents, seedAuditEvents, seedStaff } from './seed.ts';

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, (performance.now() - started) / 1000];
};

function shuffledSample(ids: string[], size: number): string[] {
  const copy = [...ids];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as string, copy[i] as string];
  }
  return copy.slice(0, size);
}

function printChain(chain: ChainFigures) {
  const p = chain.profile;
  printTable([
    ['step', 'rows', 'seconds', 'rows/s'],
    ['seal (sealAll)', chain.sealedRows, fixed(chain.sealSeconds), chain.sealRowsPerSecond],
    ['verify (verifyChain)', chain.verifiedRows, fixed(chain.verifySeconds), chain.verifyRowsPerSecond],
  ]);
  console.log(`  chain ${chain.intact ? 'intact' : 'BROKEN'}; verify target 500000 rows/s`);
  console.log('  where verify spends its time (each part measured alone over the same 50k-row pages):');
  printTable([
    ['part', 'seconds'],
    ['page queries run in PostgreSQL (join, sort, sha256 digests)', fixed(p.databaseSeconds)],
    ['  the same without the digests (join, sort)', fixed(p.databaseWithoutDigestSeconds)],
    ['page queries fetched into node (database + transfer + parsing)', fixed(p.fetchSeconds)],
    ['links recomputed in node (sha256 of 64 bytes a row)', fixed(p.hashSeconds)],
    ['unsealed-below check (NOT EXISTS over the log)', fixed(p.unsealedCheckSeconds)],
  ]);
}

export async function runAuditBench(): Promise<void> {
  const settings = benchSettings();
  const bench = await openBenchDatabase('audit');
  const { db } = bench.database;
  section(`audit bench on ${bench.description}`);
  console.log(`  settings ${JSON.stringify(settings)}; ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  try {
    const [staff, staffSeconds] = await timed(() => seedStaff(bench.database, settings.staff));
    console.log(`  seeded ${staff.ids.length} staff accounts + 1 admin in ${staffSeconds.toFixed(1)} s`);
    const progress = (done: number, total: number) => process.stdout.write(`\r  audit rows ${done}/${total}`);
    const [added, auditSeconds] = await timed(() => seedAuditEvents(bench.database, settings.auditRows, progress));
    console.log(`\r  seeded ${added} audit rows in ${auditSeconds.toFixed(1)} s (${await countAuditEvents(db)} in the table)`);

    section('audit chain: seal everything, then verify the whole chain');
    const chain = await measureChain(db);
    printChain(chain);

    section(`HTTP: ${settings.connections} connections, ${settings.rounds} round(s) of ${settings.seconds} s per target`);
    const paths = shuffledSample(staff.ids, 1_000).map(getOnePath);
    const rounds = await compareTargets(bench.url, db, staff.adminEmail, paths, settings);
    const medians = { a: medianOf(rounds, 'a'), b: medianOf(rounds, 'b'), c: medianOf(rounds, 'c') };
    console.log('  median round per target:');
    printTable([
      ['', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
      ...targets.map((t) => {
        const f = medians[t.key];
        return [`(${t.key}) ${t.label}`, f.requestsPerSecond, f.p50Ms, f.p99Ms, f.non2xx, f.errors];
      }),
    ]);
    console.log('  CPU ms per request, median round (server process, its PostgreSQL backends, autocannon):');
    printTable([
      ['', 'server', 'postgres', 'autocannon'],
      ...targets.map((t) => {
        const cpu = rounds.map((r) => r.cpuMsPerRequest[t.key]).sort((x, y) => x.server - y.server)[Math.floor((rounds.length - 1) / 2)];
        return [`(${t.key})`, cpu?.server ?? 0, cpu?.postgres ?? 0, cpu?.loadGenerator ?? 0];
      }),
    ]);
    const written = rounds.map((r) => `${r.auditRowsWritten.a}/${r.figures.a.requests}`).join(', ');
    console.log(`  audit rows written during (a) / requests answered: ${written} (b and c write none)`);
    const ratios = ratiosOf(rounds);
    console.log(`  a/b (what the audit costs)            ${ratios.auditedOverUnaudited}  (target >= 0.85; per round ${ratios.perRound.ab.join(' ')})`);
    console.log(`  a/c (the whole stack over the database) ${ratios.auditedOverBare}  (per round ${ratios.perRound.ac.join(' ')})`);

    const file = saveResults('audit', { database: bench.description, settings, http: medians, ratios, rounds, chain });
    console.log(`  written to ${file}`);
  } finally {
    await bench.dispose();
  }
}
