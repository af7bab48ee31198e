import { measureChain } from './chain.ts';
import { startChild } from './child.ts';
import { benchSettings, openBenchDatabase } from './database.ts';
import { apiHeaders, getOnePath, type LoadFigures, load, signIn } from './http.ts';
import { fixed, printTable, saveResults, section } from './report.ts';
import { BENCH_PASSWORD, countAuditEvents, seedAuditEvents, seedStaff } from './seed.ts';

type Settings = ReturnType<typeof benchSettings>;
type SignedIn = { email: string; cookie: string | null };

interface Target {
  key: 'a' | 'b' | 'c';
  label: string;
  script: string;
  env: Record<string, string>;
}

const targets: Target[] = [
  { key: 'a', label: 'audited getOne (real stack)', script: 'serve.ts', env: {} },
  { key: 'b', label: 'unaudited getOne (same stack)', script: 'serve.ts', env: { VIGIE_BENCH_ROUTER: 'unaudited' } },
  { key: 'c', label: 'bare node:http + postgres.js', script: 'bare.ts', env: {} },
];

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

/** One target: its own child process, a first call to check it answers, a warm-up, then the run. */
async function measureTarget(target: Target, url: string, paths: string[], signedIn: SignedIn, settings: Settings) {
  const child = await startChild(target.script, { DATABASE_URL: url, ...target.env });
  const baseUrl = `http://127.0.0.1:${child.port}`;
  try {
    // Sessions live in the database: one sign-in serves every target.
    signedIn.cookie ??= await signIn(baseUrl, signedIn.email, BENCH_PASSWORD);
    const headers = apiHeaders(signedIn.cookie);
    const probe = await fetch(`${baseUrl}${paths[0]}`, { headers });
    if (probe.status !== 200) throw new Error(`${target.label}: HTTP ${probe.status} ${await probe.text()}`);
    const options = { connections: settings.connections };
    await load(baseUrl, paths, headers, { ...options, seconds: settings.warmupSeconds });
    const figures = await load(baseUrl, paths, headers, { ...options, seconds: settings.seconds });
    return figures;
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
  try {
    const [staff, staffSeconds] = await timed(() => seedStaff(bench.database, settings.staff));
    console.log(`  seeded ${staff.ids.length} staff accounts + 1 admin in ${staffSeconds.toFixed(1)} s`);
    const [added, auditSeconds] = await timed(() =>
      seedAuditEvents(bench.database, settings.auditRows, (done, total) => process.stdout.write(`\r  audit rows ${done}/${total}`)),
    );
    console.log(`\r  seeded ${added} audit rows in ${auditSeconds.toFixed(1)} s (${await countAuditEvents(db)} in the table)`);

    section('audit chain: seal (sealAll) then verify (verifyChain)');
    const chain = await measureChain(db);
    const p = chain.profile;
    printTable([
      ['step', 'rows', 'seconds', 'rows/s'],
      ['seal', chain.sealedRows, fixed(chain.sealSeconds), chain.sealRowsPerSecond],
      ['verify', chain.verifiedRows, fixed(chain.verifySeconds), chain.verifyRowsPerSecond],
    ]);
    console.log(`  chain ${chain.intact ? 'intact' : 'BROKEN'}; verify target 500000 rows/s`);
    console.log('  where verify spends its time (each measured alone over the same 50k-row pages):');
    printTable([
      ['part', 'seconds'],
      ['page queries in PostgreSQL (join, sort, sha256 digests)', fixed(p.databaseSeconds)],
      ['  of which without the digests (join, sort)', fixed(p.databaseWithoutDigestSeconds)],
      ['page queries fetched into node (db + transfer + parsing)', fixed(p.fetchSeconds)],
      ['links recomputed in node (sha256 of 64 bytes)', fixed(p.hashSeconds)],
      ['unsealed-below check (NOT EXISTS)', fixed(p.unsealedCheckSeconds)],
    ]);

    section(`HTTP: ${settings.connections} connections, ${settings.seconds} s each after ${settings.warmupSeconds} s warm-up`);
    const paths = shuffledSample(staff.ids, 1_000).map(getOnePath);
    const results: Partial<Record<Target['key'], LoadFigures>> = {};
    const signedIn: SignedIn = { email: staff.adminEmail, cookie: null };
    for (const target of targets) {
      const before = await countAuditEvents(db);
      const figures = await measureTarget(target, bench.url, paths, signedIn, settings);
      results[target.key] = figures;
      const audited = (await countAuditEvents(db)) - before;
      console.log(`  (${target.key}) ${target.label}: ${figures.requests} requests, ${figures.non2xx} non-2xx, ${figures.errors} errors, ${audited} audit rows written`);
    }
    const { a, b, c } = results as Record<Target['key'], LoadFigures>;
    printTable([
      ['', 'req/s', 'p50 ms', 'p99 ms'],
      ...targets.map((t) => {
        const f = results[t.key] as LoadFigures;
        return [`(${t.key}) ${t.label}`, f.requestsPerSecond, f.p50Ms, f.p99Ms];
      }),
    ]);
    const ratios = { auditedOverUnaudited: fixed(a.requestsPerSecond / b.requestsPerSecond), auditedOverBare: fixed(a.requestsPerSecond / c.requestsPerSecond) };
    console.log(`  a/b (what the audit costs)        ${ratios.auditedOverUnaudited}  (target >= 0.85)`);
    console.log(`  a/c (the whole stack over the db) ${ratios.auditedOverBare}`);

    const file = saveResults('audit', { database: bench.description, settings, http: results, ratios, chain });
    console.log(`  written to ${file}`);
  } finally {
    await bench.dispose();
  }
}
