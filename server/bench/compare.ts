import { cpus, loadavg } from 'node:os';
import type { Database } from '@vigie/db';
import { type RunningChild, startChild } from './child.ts';
import { type CpuUse, startCpuCount } from './cpu.ts';
import type { benchSettings } from './database.ts';
import { apiHeaders, type LoadFigures, load, signInAll } from './http.ts';
import { BENCH_PASSWORD, countAuditEvents } from './seed.ts';

/** The processes under load; each is started once and serves every target that names it. */
const servers = {
  app: { script: 'serve.ts', env: {} },
  unaudited: { script: 'serve.ts', env: { VIGIE_BENCH_ROUTER: 'unaudited' } },
  bare: { script: 'bare.ts', env: {} },
  bareSwitch: { script: 'bare.ts', env: { VIGIE_BENCH_BARE_SWITCH: '1' } },
  appWorkers: { script: 'serve.ts', env: { VIGIE_BENCH_WORKERS: String(cpus().length) } },
} satisfies Record<string, { script: string; env: Record<string, string> }>;
type ServerName = keyof typeof servers;

export interface Target {
  key: string;
  label: string;
  server: ServerName;
  /** A fixed path; without it, the rotating `staff.getOne` paths. */
  path?: string;
  /** The learner ids' `learners.getOne` paths, read by an agent for a learner's request. */
  learners?: true;
}

/** Who signs in for the bench (one account, so one session, per connection), and what the agents read. */
export interface BenchSessions {
  admins: string[];
  agents: string[];
  learnerPaths: string[];
}

/**
 * The audited read and what it is measured against, then the floor every screen stands on.
 * VIGIE_BENCH_TARGETS=a,b,me keeps those only (a quicker loop while working on one of them).
 */
export function targetsFor(): Target[] {
  return allTargets().filter((t) => wanted(t.key));
}

/** Whether a part of the audit bench (a target's key, or `e` for the learner's file) is to run. */
export function wanted(key: string): boolean {
  const only = process.env.VIGIE_BENCH_TARGETS?.split(',');
  return !only || only.includes(key);
}

function allTargets(): Target[] {
  return [
    { key: 'a', label: 'audited getOne (real stack)', server: 'app' },
    { key: 'a-workers', label: `audited getOne, ${cpus().length} cluster workers`, server: 'appWorkers' },
    { key: 'b', label: 'unaudited getOne (same stack)', server: 'unaudited' },
    { key: 'c', label: 'bare node:http + postgres.js', server: 'bare' },
    { key: 'c-switch', label: 'bare, in a transaction with SET LOCAL ROLE', server: 'bareSwitch' },
    { key: 'd', label: "learners.getOne, an agent's read (restriction check)", server: 'app', learners: true },
    { key: 'health', label: 'GET /healthz (express, helmet)', server: 'app', path: '/healthz' },
    { key: 'me', label: 'auth.me (+ tRPC, session lookup)', server: 'app', path: '/trpc/auth.me' },
  ];
}

export interface Round {
  round: number;
  figures: Record<string, LoadFigures>;
  /** One-minute load average of the machine before each run: other work skews the figures. */
  load: Record<string, number>;
  auditRowsWritten: Record<string, number>;
  /** CPU milliseconds per answered request: what each process spends, whatever else runs. */
  cpuMsPerRequest: Record<string, CpuUse>;
}

const load1 = () => Number((loadavg()[0] ?? 0).toFixed(2));
const perRequest = (used: CpuUse, requests: number): CpuUse => {
  const ms = (seconds: number) => Number(((seconds * 1000) / Math.max(requests, 1)).toFixed(3));
  const each = (count: number) => Number((count / Math.max(requests, 1)).toFixed(2));
  return { server: ms(used.server), postgres: ms(used.postgres), loadGenerator: ms(used.loadGenerator), serverWrites: each(used.serverWrites) };
};

/**
 * Starts the servers as child processes, signs in once (sessions live in the database), then runs
 * every target in turn for each round, so that a drift in the machine's load hits all of them alike.
 */
export async function compareTargets(
  url: string,
  db: Database,
  sessions: BenchSessions,
  paths: string[],
  settings: ReturnType<typeof benchSettings>,
  targets: Target[],
): Promise<Round[]> {
  const children = new Map<ServerName, RunningChild>();
  try {
    for (const name of new Set(targets.map((t) => t.server))) {
      children.set(name, await startChild(servers[name].script, { DATABASE_URL: url, ...servers[name].env }));
    }
    const base = (t: Target) => `http://127.0.0.1:${children.get(t.server)?.port}`;
    const pathsOf = (t: Target) => (t.path ? [t.path] : t.learners ? sessions.learnerPaths : paths);
    const first = base(targets[0] as Target);
    const perConnection = (emails: string[]) => emails.slice(0, settings.connections);
    const adminHeaders = (await signInAll(first, perConnection(sessions.admins), BENCH_PASSWORD)).map((cookie) => apiHeaders(cookie));
    const agentHeaders = (await signInAll(first, perConnection(sessions.agents), BENCH_PASSWORD)).map((cookie) =>
      apiHeaders(cookie, 'learner_request'),
    );
    const headersOf = (t: Target) => (t.learners ? agentHeaders : adminHeaders);
    const options = (seconds: number) => ({ connections: settings.connections, seconds });
    for (const target of targets) {
      const probe = await fetch(`${base(target)}${pathsOf(target)[0]}`, { headers: headersOf(target)[0] });
      if (probe.status !== 200) throw new Error(`${target.label}: HTTP ${probe.status} ${await probe.text()}`);
      await load(base(target), pathsOf(target), headersOf(target), options(settings.warmupSeconds));
    }
    const rounds: Round[] = [];
    for (let round = 1; round <= settings.rounds; round++) {
      const current: Round = { round, figures: {}, load: {}, auditRowsWritten: {}, cpuMsPerRequest: {} };
      for (const target of targets) {
        current.load[target.key] = load1();
        const before = await countAuditEvents(db);
        const cpu = await startCpuCount(db, children.get(target.server)?.pids ?? []);
        const figures = await load(base(target), pathsOf(target), headersOf(target), options(settings.seconds));
        current.cpuMsPerRequest[target.key] = perRequest(await cpu(), figures.requests);
        current.figures[target.key] = figures;
        current.auditRowsWritten[target.key] = (await countAuditEvents(db)) - before;
      }
      rounds.push(current);
      const line = targets.map((t) => `${t.key} ${current.figures[t.key]?.requestsPerSecond} req/s (load ${current.load[t.key]})`);
      console.log(`  round ${round}: ${line.join(', ')}`);
    }
    return rounds;
  } finally {
    await Promise.all([...children.values()].map((child) => child.stop()));
  }
}

const medianIndex = (length: number) => Math.floor((length - 1) / 2);

/** The round whose figures for `key` are the median by req/s, with that round's CPU use. */
export function medianOf(rounds: Round[], key: string): { figures: LoadFigures; cpu: CpuUse } {
  const sorted = [...rounds].sort(
    (x, y) => (x.figures[key]?.requestsPerSecond ?? 0) - (y.figures[key]?.requestsPerSecond ?? 0),
  );
  const round = sorted[medianIndex(sorted.length)] as Round;
  return { figures: round.figures[key] as LoadFigures, cpu: round.cpuMsPerRequest[key] as CpuUse };
}

/** `top/bottom` in each round (runs of one round are close in time), and the median of those. */
export function ratioOf(rounds: Round[], top: string, bottom: string) {
  const each = rounds.map((r) =>
    Number(((r.figures[top]?.requestsPerSecond ?? 0) / (r.figures[bottom]?.requestsPerSecond ?? 1)).toFixed(2)),
  );
  return { median: [...each].sort((x, y) => x - y)[medianIndex(each.length)] ?? 0, perRound: each };
}
