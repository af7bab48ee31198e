import { cpus, loadavg } from 'node:os';
import { type ChainFigures, measureChain } from './chain.ts';
import { compareTargets, medianOf, type Round, ratioOf, type Target, targetsFor, wanted } from './compare.ts';
import { benchSettings, openBenchDatabase, settle } from './database.ts';
import { apiHeaders, getOnePath, signInAll } from './http.ts';
import { type FileFigures, type FileSubject, loadLearnerFiles } from './learner-file.ts';
import { startChild } from './child.ts';
import { scanAll } from '../src/anomalies/scan.ts';
import { seedDemo } from '@vigie/db/seed';
import { selectRows } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/auth/passwords.ts';
import { fixed, printTable, saveResults, section } from './report.ts';
import { BENCH_PASSWORD, countAuditEvents, seedAuditEvents, seedStaff } from './seed.ts';

// The demo's learners (their files' calls, an agent's reads) and its accounts, before the bench's own staff.
export const LEARNERS = 2_000;
// Agents at once on the learner file bench: each has all of a file's calls in flight, about 32 in all.
export const FILE_USERS = 3;

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
  console.log('  median round per target; per request: CPU ms of the server process, its PostgreSQL backends and autocannon; the server\'s write system calls');
  printTable([
    ['', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'cpu server', 'cpu pg', 'cpu client', 'writes'],
    ...targets.map((t) => {
      const { figures: f, cpu } = medianOf(rounds, t.key);
      return [`(${t.key}) ${t.label}`, f.requestsPerSecond, f.p50Ms, f.p99Ms, f.non2xx, f.errors, cpu.server, cpu.postgres, cpu.loadGenerator, cpu.serverWrites];
    }),
  ]);
  const written = rounds.map((r) => `${r.auditRowsWritten.a}/${r.figures.a?.requests}`).join(', ');
  console.log(`  audit rows written during (a) / requests answered: ${written}`);
  const ratios = {
    auditedOverUnaudited: ratioOf(rounds, 'a', 'b'),
    auditedOverBare: ratioOf(rounds, 'a', 'c'),
    workersOverOne: ratioOf(rounds, 'a-workers', 'a'),
  };
  const measured = new Set(targets.map((t) => t.key));
  const show = (r: { median: number; perRound: number[] }, top: string, bottom: string) =>
    measured.has(top) && measured.has(bottom) ? `${r.median}  (per round ${r.perRound.join(' ')})` : 'not measured in this run';
  console.log(`  a/b  what the audit costs (target >= 0.85)  ${show(ratios.auditedOverUnaudited, 'a', 'b')}`);
  console.log(`  a/c  the whole stack over the database      ${show(ratios.auditedOverBare, 'a', 'c')}`);
  console.log(`  (a on ${cpus().length} workers)/(a on 1)                    ${show(ratios.workersOverOne, 'a-workers', 'a')}`);
  return ratios;
}

/** Learners an agent may read (not restricted, not erased), with the employer their profile names. */
export async function fileSubjects(owner: Parameters<typeof selectRows>[0]): Promise<FileSubject[]> {
  const rows = await selectRows<{ id: string; employer_id: string | null }>(
    owner,
    sql`SELECT id, employer_id FROM learners WHERE restricted_at IS NULL AND status = 'active' ORDER BY random() LIMIT 1000`,
  );
  return rows.map((row) => ({ id: row.id, employerId: row.employer_id }));
}

/** (e) the learner's file, all its calls at once, on a server of its own; the median of the rounds. */
async function measureFiles(url: string, subjects: FileSubject[], agents: string[], settings: ReturnType<typeof benchSettings>) {
  const child = await startChild('serve.ts', { DATABASE_URL: url });
  try {
    const base = `http://127.0.0.1:${child.port}`;
    const headers = (await signInAll(base, agents.slice(0, FILE_USERS), BENCH_PASSWORD)).map((cookie) => apiHeaders(cookie, 'learner_request'));
    const options = { users: FILE_USERS, seconds: settings.seconds };
    await loadLearnerFiles(base, subjects, headers, { ...options, seconds: settings.warmupSeconds });
    const rounds: FileFigures[] = [];
    for (let round = 0; round < settings.rounds; round++) rounds.push(await loadLearnerFiles(base, subjects, headers, options));
    const median = [...rounds].sort((x, y) => x.p95Ms - y.p95Ms)[Math.floor((rounds.length - 1) / 2)] as FileFigures;
    printTable([
      ['(e) learner file', 'calls', 'files/s', 'p50 ms', 'p95 ms', 'p99 ms', '404 (no photo)', 'other non-2xx'],
      ...rounds.map((r, i) => [`round ${i + 1}`, r.calls, r.filesPerSecond, r.p50Ms, r.p95Ms, r.p99Ms, r.notFound, r.failed]),
    ]);
    console.log(`  median round: p95 ${median.p95Ms} ms for the whole file (target < 30 ms)`);
    return { rounds, median };
  } finally {
    await child.stop();
  }
}

export async function runAuditBench(): Promise<void> {
  const settings = benchSettings();
  const bench = await openBenchDatabase('audit');
  const { db } = bench.database;
  section(`audit bench on ${bench.description}`);
  console.log(`  settings ${JSON.stringify(settings)}`);
  console.log(`  ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine skews every figure)`);
  try {
    const hash = await hashPassword(BENCH_PASSWORD);
    const [, demoSeconds] = await timed(() => bench.database.asOwner((owner) => seedDemo(owner, hash, { learners: LEARNERS })));
    const subjects = await bench.database.asOwner(fileSubjects);
    console.log(`  seeded the demo data (${LEARNERS} learners, their records, the demo accounts) in ${demoSeconds.toFixed(1)} s`);
    const [staff, staffSeconds] = await timed(() => seedStaff(bench.database, settings.staff));
    console.log(`  seeded ${staff.ids.length} staff accounts + 1 admin in ${staffSeconds.toFixed(1)} s`);
    const progress = (done: number, total: number) => process.stdout.write(`\r  audit rows ${done}/${total}`);
    const [added, auditSeconds] = await timed(() => seedAuditEvents(bench.database, settings.auditRows, progress));
    console.log(`\r  seeded ${added} audit rows in ${auditSeconds.toFixed(1)} s (${await countAuditEvents(db)} in the table)`);

    section('audit chain: seal everything, then verify the whole chain');
    const chain = await measureChain(db);
    printChain(chain);
    // A server that has been running has judged every sealed event: the bench's servers start so, not
    // with a million seeded events for their anomaly job to catch up on during the first round.
    const [scanned, scanSeconds] = await timed(() => scanAll(db));
    console.log(`  anomaly rules caught up on the sealed events in ${scanSeconds.toFixed(1)} s (${scanned} events)`);
    await settle(bench.database);

    section(`HTTP: ${settings.connections} connections, ${settings.rounds} round(s) of ${settings.seconds} s per target`);
    const paths = shuffledSample(staff.ids, 1_000).map(getOnePath);
    const targets = targetsFor();
    const learnerPaths = subjects.map((s) => `/trpc/learners.getOne?input=${encodeURIComponent(JSON.stringify({ id: s.id }))}`);
    const sessions = { admins: staff.emails.admin, agents: staff.emails.agent, learnerPaths };
    const rounds = targets.length > 0 ? await compareTargets(bench.url, db, sessions, paths, settings, targets) : [];
    const ratios = targets.length > 0 ? printHttp(rounds, targets) : null;

    section(`(e) the learner's file: ${FILE_USERS} agents, each with all of a file's calls in flight, ${settings.rounds} round(s) of ${settings.seconds} s`);
    const files = wanted('e') ? await measureFiles(bench.url, subjects, staff.emails.agent, settings) : null;
    const http = Object.fromEntries(targets.map((t) => [t.key, medianOf(rounds, t.key)]));
    const file = saveResults('audit', { database: bench.description, settings, http, ratios, rounds, files, chain });
    console.log(`  written to ${file}`);
  } finally {
    await bench.dispose();
  }
}
