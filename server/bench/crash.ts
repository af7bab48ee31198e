import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { type RunningChild, startChild } from './child.ts';
import { envNumber, openBenchDatabase } from './database.ts';
import { apiHeaders, getListPath, getOnePath, signIn } from './http.ts';
import { printTable, saveResults, section } from './report.ts';
import { BENCH_PASSWORD, seedStaff } from './seed.ts';

const CLIENTS = 16;

interface Served {
  requestId: string;
  at: number;
  generation: number;
}

/** A port free now, so that the restarted server listens where the clients already point. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** True when a tRPC answer carries records: one object, or a non-empty list. */
function carriesData(body: unknown): boolean {
  const data = (body as { result?: { data?: { data?: unknown } } } | null)?.result?.data?.data;
  return Array.isArray(data) ? data.length > 0 : typeof data === 'object' && data !== null;
}

/** One client: reads personal data in a loop, keeps the request id of every answer that carried data. */
async function client(base: string, headers: Record<string, string>, ids: string[], state: ClientState) {
  while (state.running) {
    const path = Math.random() < 0.75 ? getOnePath(ids[Math.floor(Math.random() * ids.length)] ?? '') : getListPath(1 + Math.floor(Math.random() * 8));
    try {
      const response = await fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(5_000) });
      const requestId = response.headers.get('x-request-id');
      const body: unknown = await response.json();
      if (response.status === 200 && requestId && carriesData(body)) {
        state.served.push({ requestId, at: performance.now(), generation: state.generation });
      } else {
        state.refused += 1;
      }
    } catch {
      state.failed += 1;
      await sleep(20);
    }
  }
}

interface ClientState {
  running: boolean;
  generation: number;
  served: Served[];
  refused: number;
  failed: number;
}

async function auditedIds(url: string, ids: string[]): Promise<Set<string>> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    // The ids go as one JSON parameter: thousands of them, one round trip.
    const rows = await sql<{ id: string }[]>`
      SELECT DISTINCT request_id::text AS id FROM audit_events
      WHERE request_id IN (SELECT value::uuid FROM json_array_elements_text(${JSON.stringify(ids)}::text::json))`;
    return new Set(rows.map((row) => row.id));
  } finally {
    await sql.end();
  }
}

/**
 * Reads personal data from 16 clients, SIGKILLs the server mid-run, restarts it, then checks that
 * every answer that carried data has its audit row. Returns false if any is missing.
 */
export async function runCrashHarness(options: { broken: boolean }): Promise<boolean> {
  const killAfterMs = envNumber('VIGIE_CRASH_KILL_AFTER_MS', 2_500);
  const afterRestartMs = envNumber('VIGIE_CRASH_AFTER_RESTART_MS', 1_500);
  const bench = await openBenchDatabase('crash');
  const mode = options.broken ? 'BROKEN: audit written 200 ms after the answer' : 'real router: audit in the read transaction';
  section(`crash harness (${mode}) on ${bench.description}`);
  let server: RunningChild | undefined;
  try {
    const staff = await seedStaff(bench.database, 200);
    const port = await freePort();
    const env = { DATABASE_URL: bench.url, PORT: String(port), ...(options.broken ? { VIGIE_BENCH_BROKEN: '1' } : {}) };
    const base = `http://127.0.0.1:${port}`;
    server = await startChild('serve.ts', env);
    const headers = apiHeaders(await signIn(base, staff.adminEmail, BENCH_PASSWORD));
    const state: ClientState = { running: true, generation: 1, served: [], refused: 0, failed: 0 };
    const clients = Array.from({ length: CLIENTS }, () => client(base, headers, staff.ids, state));

    await sleep(killAfterMs);
    const killedAt = performance.now();
    state.generation = 2;
    console.log(`  SIGKILL server pid ${server.pid} after ${killAfterMs} ms: ${await server.stop('SIGKILL')}`);
    server = await startChild('serve.ts', env);
    console.log(`  restarted as pid ${server.pid} after ${Math.round(performance.now() - killedAt)} ms`);
    await sleep(afterRestartMs);
    state.running = false;
    await Promise.all(clients);
    // A late audit row still on its way is given time: only the crash can explain a missing row.
    await sleep(1_000);
    await server.stop('SIGTERM');
    server = undefined;

    const audited = await auditedIds(bench.url, state.served.map((s) => s.requestId));
    const missing = state.served.filter((s) => !audited.has(s.requestId));
    const before = state.served.filter((s) => s.generation === 1).length;
    printTable([
      ['served', 'audited', 'missing', 'served before kill', 'after', 'refused', 'failed (server down)'],
      [state.served.length, audited.size, missing.length, before, state.served.length - before, state.refused, state.failed],
    ]);
    if (missing.length > 0) {
      const ages = missing.map((s) => Math.round(killedAt - s.at)).sort((x, y) => x - y);
      console.log(`  MISSING audit rows: answered ${ages[0]}..${ages.at(-1)} ms before the kill; first ids ${missing.slice(0, 3).map((s) => s.requestId).join(', ')}`);
    } else {
      console.log('  every answer that carried data has its audit row');
    }
    saveResults(options.broken ? 'crash-broken' : 'crash', {
      mode, served: state.served.length, audited: audited.size, missing: missing.length, before, refused: state.refused, failed: state.failed,
    });
    return missing.length === 0;
  } finally {
    await server?.stop('SIGKILL');
    await bench.dispose();
  }
}
