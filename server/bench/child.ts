import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface RunningChild {
  port: number;
  pid: number;
  /** The processes that serve: the child itself, or its cluster workers. */
  pids: number[];
  process: ChildProcess;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<string>;
  /** SIGTERM (graceful) or SIGKILL (crash); resolves once the process is gone. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<string>;
}

const benchDir = fileURLToPath(new URL('.', import.meta.url));
// The checkpoint file of the audit jobs goes here rather than into the workspace's .data/.
const dataDir = mkdtempSync(join(tmpdir(), 'vigie-bench-'));

function isReady(line: string): { port: number; pid: number; pids: number[] } | null {
  if (!line.startsWith('{"benchReady"')) return null;
  const parsed = JSON.parse(line) as { port?: unknown; pid?: unknown; pids?: unknown };
  if (typeof parsed.port !== 'number' || typeof parsed.pid !== 'number') return null;
  const pids = Array.isArray(parsed.pids) ? parsed.pids.filter((pid): pid is number => typeof pid === 'number') : [];
  return { port: parsed.port, pid: parsed.pid, pids: pids.length > 0 ? pids : [parsed.pid] };
}

/**
 * The node flags of `pnpm start` (server/package.json): a young generation of 64 MB instead of 16, so
 * that a request's short-lived objects die there (server CPU per audited read -8 %, unaudited -12 %).
 */
const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=64'];

/**
 * Starts `bench/<script>` under node with tsx's loader and production's flags: no tsx CLI in between, so
 * a SIGKILL reaches the server itself. `nodeArgs` go before the script (`--cpu-prof`). Resolves once it
 * prints its ready line.
 */
export function startChild(script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<RunningChild> {
  const args = [...PRODUCTION_NODE_FLAGS, ...nodeArgs, '--import', 'tsx', join(benchDir, script)];
  const child = spawn(process.execPath, args, {
    cwd: join(benchDir, '..'),
    env: {
      // The bench's own switches are for this process; a child gets only those passed in `env`.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIE_BENCH_'))),
      NODE_ENV: 'production',
      VIGIE_LOG_LEVEL: 'warn',
      VIGIE_DATA_DIR: dataDir,
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`));
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> });
    let started = false;
    lines.on('line', (line) => {
      const ready = started ? null : isReady(line);
      if (!ready) {
        if (line.trim()) process.stderr.write(`  [${script}] ${line}\n`);
        return;
      }
      started = true;
      resolve({
        ...ready,
        process: child,
        exited,
        stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    });
    void exited.then((how) => {
      if (!started) reject(new Error(`bench/${script} ended before it was ready (${how})`));
    });
  });
}
