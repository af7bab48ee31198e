import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './child.ts';
import { benchSettings, openBenchDatabase, settle } from './database.ts';
import { apiHeaders, getOnePath, load, signInAll } from './http.ts';
import { printTable, section } from './report.ts';
import { BENCH_PASSWORD, seedStaff } from './seed.ts';
import { FILE_USERS, fileSubjects, LEARNERS } from './audit.ts';
import { loadLearnerFiles } from './learner-file.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { seedDemo } from '@vigie/db/seed';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

// The measured window ends this long before the last sample: the shutdown after the load.
const TAIL_MS = 300;

const TOP = 25;

/** Where a frame's code lives: a package, node's own code, or the server's file. */
function placeOf(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return url;
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (pkg) return `${pkg[1]}/${pkg[2]}`;
  const own = /\/(server|db|domain)\/src\/(.*)$/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url;
}

/**
 * Self time per frame and per package over the last `seconds` of the profile (the measured load, not
 * the start-up's module loading), as shares of the busy time: the flame graph's widest leaves.
 */
function summarise(profile: CpuProfile, seconds: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const at: number[] = [];
  profile.timeDeltas.reduce((time, delta, i) => (at[i] = time + delta / 1000), 0);
  const end = (at.at(-1) ?? 0) - TAIL_MS;
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    const time = at[i] ?? 0;
    if (time > end || time < end - seconds * 1000) return;
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const idle = (id: number) => ['(idle)', '(program)'].includes(byId.get(id)?.callFrame.functionName ?? '');
  const total = [...selfMs].reduce((sum, [id, ms]) => (idle(id) ? sum : sum + ms), 0);
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || idle(id)) continue;
    const place = placeOf(frame.url);
    const key = `${frame.functionName || '(anonymous)'}  ${place}:${frame.lineNumber + 1}`;
    frames.set(key, (frames.get(key) ?? 0) + ms);
    const pkg = place.startsWith('(') || place.startsWith('node:') ? place : (place.split('/').slice(0, place.startsWith('@') ? 2 : 1).join('/'));
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
  }
  const share = (ms: number) => `${((100 * ms) / total).toFixed(1)} %`;
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  return { busyMs: total, frames: top(frames).map(([k, ms]) => [share(ms), k]), packages: top(packages).map(([k, ms]) => [share(ms), k]) };
}

/**
 * `pnpm bench profile`: the production server under `--cpu-prof`, loaded with one target at a time
 * (auth.me, the audited staff.getOne, an agent's learner file); prints the frames and packages with the most self time.
 */
export async function runProfileBench(): Promise<void> {
  const settings = benchSettings();
  const bench = await openBenchDatabase('profile');
  section(`CPU profile of the server on ${bench.description}`);
  try {
    const hash = await hashPassword(BENCH_PASSWORD);
    await bench.database.asOwner((owner) => seedDemo(owner, hash, { learners: LEARNERS }));
    const subjects = await bench.database.asOwner(fileSubjects);
    const staff = await seedStaff(bench.database, settings.staff);
    await settle(bench.database);
    const options = (seconds: number) => ({ connections: settings.connections, seconds });
    const autocannon = (paths: string[], emails: string[]) => async (base: string, seconds: number) => {
      const headers = (await signInAll(base, emails.slice(0, settings.connections), BENCH_PASSWORD)).map((cookie) => apiHeaders(cookie));
      const figures = await load(base, paths, headers, options(seconds));
      return { requests: figures.requests, summary: `${figures.requestsPerSecond} req/s, p99 ${figures.p99Ms} ms` };
    };
    const targets: { label: string; run: (base: string, seconds: number) => Promise<{ requests: number; summary: string }> }[] = [
      { label: 'auth.me', run: autocannon(['/trpc/auth.me'], staff.emails.admin) },
      { label: 'staff.getOne (audited)', run: autocannon(staff.ids.slice(0, 1000).map(getOnePath), staff.emails.admin) },
      {
        label: "the learner's file (3 agents, every call at once)",
        run: async (base, seconds) => {
          const cookies = await signInAll(base, staff.emails.agent.slice(0, FILE_USERS), BENCH_PASSWORD);
          const headers = cookies.map((cookie) => apiHeaders(cookie, 'learner_request'));
          const f = await loadLearnerFiles(base, subjects, headers, { users: FILE_USERS, seconds });
          return { requests: f.files * f.calls, summary: `${f.filesPerSecond} files/s (${f.calls} calls each), p95 ${f.p95Ms} ms` };
        },
      },
    ];
    for (const target of targets) {
      const dir = mkdtempSync(join(tmpdir(), 'vigie-profile-'));
      const child = await startChild('serve.ts', { DATABASE_URL: bench.url }, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
      const base = `http://127.0.0.1:${child.port}`;
      let measured = { requests: 0, summary: '' };
      try {
        await target.run(base, settings.warmupSeconds);
        measured = await target.run(base, settings.seconds);
      } finally {
        await child.stop();
      }
      const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
      if (!file) throw new Error('no .cpuprofile written');
      const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
      const { busyMs, frames, packages } = summarise(profile, settings.seconds);
      const perRequest = (busyMs / Math.max(measured.requests, 1)).toFixed(3);
      section(`${target.label}: ${measured.summary} under the profiler, main thread busy ${perRequest} ms per request`);
      printTable([['self', 'frame'], ...frames]);
      console.log('');
      printTable([['self', 'package or file'], ...packages]);
      console.log(`  profile: ${join(dir, file)} (open in Chrome DevTools or speedscope for the flame graph)`);
    }
  } finally {
    await bench.dispose();
  }
}
