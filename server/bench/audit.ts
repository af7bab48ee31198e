import { cpus, loadavg } from 'node:os';
import { type ChainFigures, measureChain } from './chain.ts';
import { compareTargets, medianOf, type Round, ratioOf, type Target, targetsFor } from './compare.ts';
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
    ['links recomputed in node (createHash, as chain.ts does)', fixed(p.hashSeconds)],
    ['  what-if: one-shot crypto.hash', fixed(p.oneShotHashSeconds)],
    ['unsealed-below check (NOT EXISTS, as verify.ts does)', fixed(p.unsealedCheckSeconds)],
    ['  what-if: count(*) up to the head', fixed(p.countCheckSeconds)],
  ]);
}

function printHttp(rounds: Round[], targets: Target[]) {
  console.log('  median round per target; CPU ms per request: server process, its PostgreSQL backends, autocannon');
  printTable([
    ['', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'cpu server', 'cpu pg', 'cpu client'],
    ...targets.map((t) => {
      const { figures: f, cpu } = medianOf(rounds, t.key);
      return [`(${t.key}) ${t.label}`, f.requestsPerSecond, f.p50Ms, f.p99Ms, f.non2xx, f.errors, cpu.server, cpu.postgres, cpu.loadGenerator];
    }),
  ]);
  const written = rounds.map((r) => `${r.auditRowsWritten.a}/${r.figures.a?.requests}`).join(', ');
  console.log(`  audit rows written during (a) / requests answered: ${written}`);
  const ratios = {
    auditedOverUnaudited: ratioOf(rounds, 'a', 'b'),
    auditedOverBare: ratioOf(rounds, 'a', 'c'),
    ...(targets.some((t) => t.key === 'a-prep') ? { preparedAuditedOverUnaudited: ratioOf(rounds, 'a-prep', 'b-prep') } : {}),
  };
  const show = (r: { median: number; perRound: number[] }) => `${r.median}  (per round ${r.perRound.join(' ')})`;
  console.log(`  a/b  what the audit costs (target >= 0.85)  ${show(ratios.auditedOverUnaudited)}`);
  console.log(`  a/c  the whole stack over the database      ${show(ratios.auditedOverBare)}`);
  if (ratios.preparedAuditedOverUnaudited) console.log(`  a/b  with prepared statements               ${show(ratios.preparedAuditedOverUnaudited)}`);
  return ratios;
}

export async function runAuditBench(): Promise<void> {
  const settings = benchSettings();
  const bench = await openBenchDatabase('audit');
  const { db } = bench.database;
  section(`audit bench on ${bench.description}`);
  console.log(`  settings ${JSON.stringify(settings)}`);
  console.log(`  ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine skews every figure)`);
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
    const targets = targetsFor(settings);
    const rounds = await compareTargets(bench.url, db, staff.adminEmail, paths, settings, targets);
    const ratios = printHttp(rounds, targets);
    const http = Object.fromEntries(targets.map((t) => [t.key, medianOf(rounds, t.key)]));
    const file = saveResults('audit', { database: bench.description, settings, http, ratios, rounds, chain });
    console.log(`  written to ${file}`);
  } finally {
    await bench.dispose();
  }
}
