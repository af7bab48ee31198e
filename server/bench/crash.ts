import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { type RunningChild, startChild } from './child.ts';
import { envNumber, openBenchDatabase } from './database.ts';
import { apiHeaders, signIn } from './http.ts';
import { type Readers, startReaders } from './readers.ts';
import { printTable, saveResults, section } from './report.ts';
import { BENCH_PASSWORD, seedStaff } from './seed.ts';

const CLIENTS = 16;

/** A port free now, so that the restarted server listens where the clients already point. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** The request ids among `ids` that have an audit row, by a direct query on audit_events. */
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

function report(readers: Readers, audited: Set<string>, killedAt: number) {
  const missing = readers.served.filter((s) => !audited.has(s.requestId));
  const before = readers.served.filter((s) => s.generation === 1).length;
  const figures = {
    served: readers.served.length,
    audited: readers.served.length - missing.length,
    missing: missing.length,
    servedBeforeKill: before,
    servedAfterRestart: readers.served.length - before,
    refused: readers.refused,
    failedWhileDown: readers.failed,
  };
  printTable([Object.keys(figures), Object.values(figures)]);
  if (missing.length > 0) {
    const ages = missing.map((s) => Math.round(killedAt - s.at)).sort((x, y) => x - y);
    console.log(`  MISSING audit rows for answers sent ${ages[0]}..${ages.at(-1)} ms before the kill, e.g. request ${missing[0]?.requestId}`);
  } else {
    console.log('  every answer that carried data has its audit row');
  }
  return figures;
}

/**
 * Reads personal data from 16 clients, SIGKILLs the server mid-run, restarts it, then checks that
 * every answer that carried data has its audit row. Returns false if any is missing.
 */
export async function runCrashHarness(options: { broken: boolean }): Promise<boolean> {
  const killAfterMs = envNumber('VIGIE_CRASH_KILL_AFTER_MS', 2_500);
  const afterRestartMs = envNumber('VIGIE_CRASH_AFTER_RESTART_MS', 1_500);
  const bench = await openBenchDatabase('crash');
  const mode = options.broken ? 'BROKEN on purpose: audit row written 200 ms after the answer' : 'app router';
  section(`crash harness (${mode}) on ${bench.description}`);
  let server: RunningChild | undefined;
  try {
    const staff = await seedStaff(bench.database, 200);
    const port = await freePort();
    const env = { DATABASE_URL: bench.url, PORT: String(port), ...(options.broken ? { VIGIE_BENCH_BROKEN: '1' } : {}) };
    const base = `http://127.0.0.1:${port}`;
    server = await startChild('serve.ts', env);
    const headers = apiHeaders(await signIn(base, staff.adminEmail, BENCH_PASSWORD));
    const readers = startReaders(base, headers, staff.ids, CLIENTS);

    await sleep(killAfterMs);
    const how = await server.stop('SIGKILL');
    const killedAt = performance.now();
    readers.generation = 2;
    console.log(`  ${CLIENTS} clients reading; server pid ${server.pid} killed after ${killAfterMs} ms (${how})`);
    server = await startChild('serve.ts', env);
    console.log(`  restarted as pid ${server.pid}, listening ${Math.round(performance.now() - killedAt)} ms after the kill`);
    await sleep(afterRestartMs);
    await readers.stop();
    // An audit row still on its way gets time to land: only the crash may explain a missing one.
    await sleep(1_000);
    await server.stop('SIGTERM');
    server = undefined;

    const audited = await auditedIds(bench.url, readers.served.map((s) => s.requestId));
    const figures = report(readers, audited, killedAt);
    saveResults(options.broken ? 'crash-broken' : 'crash', { mode, database: bench.description, ...figures });
    return figures.missing === 0;
  } finally {
    await server?.stop('SIGKILL');
    await bench.dispose();
  }
}
