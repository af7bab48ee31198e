import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** Everything the process wrote, stdout and stderr. */
  output: () => string;
  exited: Promise<number | null>;
}

let nextPort = 3900 + Math.floor(Math.random() * 50) * 2;

/**
 * `src/main.ts` in a process of its own, as an operator starts it, serving a stand-in for the built
 * SPA from `dir`; resolves once `/healthz` answers. `env` adds to (or unsets, with undefined) the
 * test's environment.
 */
export async function startServerProcess(dir: string, env: Record<string, string | undefined>): Promise<ServerProcess> {
  const port = nextPort++;
  await mkdir(join(dir, 'client', 'dist'), { recursive: true });
  await writeFile(join(dir, 'client', 'dist', 'index.html'), '<!doctype html><title>Vigie</title>');
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, VIGIE_CLIENT_DIR: join(dir, 'client'), PORT: String(port), ...env })) {
    if (value !== undefined) merged[key] = value;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: merged });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      fetch(`${base}/healthz`).then(
        (res) => {
          if (res.ok) {
            clearInterval(poll);
            resolve();
          }
        },
        () => {},
      );
    }, 250);
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`server exited with ${code}: ${output.slice(-2000)}`));
    });
  });
  return { base, child, output: () => output, exited };
}

/** A tRPC call on a connection of its own (fetch would reuse keep-alive sockets across processes' stops). */
export function call(base: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const method = options.body === undefined ? 'GET' : 'POST';
    const headers = { 'content-type': 'application/json', 'x-vigie-csrf': '1', ...options.headers };
    const req = request(`${base}/trpc/${path}`, { method, headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}
