import { loadavg } from 'node:os';
import type { Database } from '@vigie/db';
import { type RunningChild, startChild } from './child.ts';
import { startCpuCount } from './cpu.ts';
import type { benchSettings } from './database.ts';
import { apiHeaders, type LoadFigures, load, signIn } from './http.ts';
import { BENCH_PASSWORD, countAuditEvents } from './seed.ts';

export type TargetKey = 'a' | 'b' | 'c';

interface Target {
  key: TargetKey;
  label: string;
  script: string;
  env: Record<string, string>;
}

export const targets: Target[] = [
  { key: 'a', label: 'audited getOne (real stack)', script: 'serve.ts', env: {} },
  { key: 'b', label: 'unaudited getOne (same stack)', script: 'serve.ts', env: { VIGIE_BENCH_ROUTER: 'unaudited' } },
  { key: 'c', label: 'bare node:http + postgres.js', script: 'bare.ts', env: {} },
];

export interface Round {
  round: number;
  figures: Record<TargetKey, LoadFigures>;
  /** One-minute load average of the machine before each run: other work skews the figures. */
  load: Record<TargetKey, number>;
  auditRowsWritten: Record<TargetKey, number>;
  /** CPU milliseconds per answered request: what each process spends, whatever else runs. */
  cpuMsPerRequest: Record<TargetKey, { server: number; postgres: number; loadGenerator: number }>;
}

const load1 = () => Number((loadavg()[0] ?? 0).toFixed(2));

/**
 * Starts the three targets as child processes, signs in once (sessions live in the database), then
 * runs a, b, c in turn for each round, so that a drift in the machine's load hits all three alike.
 */
export async function compareTargets(
  url: string,
  db: Database,
  admin: string,
  paths: string[],
  settings: ReturnType<typeof benchSettings>,
): Promise<Round[]> {
  const children: Partial<Record<TargetKey, RunningChild>> = {};
  try {
    for (const target of targets) children[target.key] = await startChild(target.script, { DATABASE_URL: url, ...target.env });
    const base = (key: TargetKey) => `http://127.0.0.1:${children[key]?.port}`;
    const headers = apiHeaders(await signIn(base('a'), admin, BENCH_PASSWORD));
    for (const target of targets) {
      const probe = await fetch(`${base(target.key)}${paths[0]}`, { headers });
      if (probe.status !== 200) throw new Error(`${target.label}: HTTP ${probe.status} ${await probe.text()}`);
      await load(base(target.key), paths, headers, { connections: settings.connections, seconds: settings.warmupSeconds });
    }
    const rounds: Round[] = [];
    for (let round = 1; round <= settings.rounds; round++) {
      const current = { round, figures: {}, load: {}, auditRowsWritten: {}, cpuMsPerRequest: {} } as Round;
      for (const target of targets) {
        current.load[target.key] = load1();
        const before = await countAuditEvents(db);
        const cpu = await startCpuCount(db, children[target.key]?.pid ?? 0);
        const figures = await load(base(target.key), paths, headers, {
          connections: settings.connections,
          seconds: settings.seconds,
        });
        const used = await cpu();
        const perRequest = (seconds: number) => Number(((seconds * 1000) / Math.max(figures.requests, 1)).toFixed(3));
        current.figures[target.key] = figures;
        current.cpuMsPerRequest[target.key] = {
          server: perRequest(used.serverSeconds),
          postgres: perRequest(used.postgresSeconds),
          loadGenerator: perRequest(used.loadGeneratorSeconds),
        };
        current.auditRowsWritten[target.key] = (await countAuditEvents(db)) - before;
      }
      rounds.push(current);
      const line = targets.map((t) => `${t.key} ${current.figures[t.key].requestsPerSecond} req/s (load ${current.load[t.key]})`);
      console.log(`  round ${round}: ${line.join(', ')}`);
    }
    return rounds;
  } finally {
    await Promise.all(Object.values(children).map((child) => child.stop()));
  }
}

/** The round whose figures for `key` are the median by req/s. */
export function medianOf(rounds: Round[], key: TargetKey): LoadFigures {
  const sorted = rounds.map((r) => r.figures[key]).sort((x, y) => x.requestsPerSecond - y.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)] as LoadFigures;
}

/** a/b and a/c in each round (the runs of one round are minutes apart at most), and their medians. */
export function ratiosOf(rounds: Round[]) {
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor((values.length - 1) / 2)] ?? 0;
  const ab = rounds.map((r) => r.figures.a.requestsPerSecond / r.figures.b.requestsPerSecond);
  const ac = rounds.map((r) => r.figures.a.requestsPerSecond / r.figures.c.requestsPerSecond);
  const two = (v: number) => Number(v.toFixed(2));
  return { auditedOverUnaudited: two(median(ab)), auditedOverBare: two(median(ac)), perRound: { ab: ab.map(two), ac: ac.map(two) } };
}
