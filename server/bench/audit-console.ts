/**
 * `pnpm bench audit-console`: the DPO's console on a large log, through the real procedures (policy,
 * audited gateway, drizzle): a learner's access history and the first page of the journal under
 * common filters, p50/p95. VIGIE_BENCH_CONSOLE_ROWS (10,000,000) sets the log's size; the rows are
 * written by one INSERT ... SELECT generate_series per million. With DATABASE_URL the log is topped up
 * to that size, so a second run measures at once. Each case is timed twice: the whole procedure
 * (session, purpose, query, audit_read row, commit) and the journal query alone.
 */
import { type Database, dbRoles, selectRows, withRole } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { journalReader } from '../src/audit/resource.ts';
import type { journalListInput } from '../src/audit/schemas.ts';
import type { z } from 'zod';
import { signedInCaller } from './caller.ts';
import { envNumber, openBenchDatabase, settle } from './database.ts';
import { type Cell, fixed, printTable, saveResults, section } from './report.ts';
import { BENCH_PASSWORD, countAuditEvents, seedStaff } from './seed.ts';
import { percentile } from './percentile.ts';

/** The journal's query alone, in the gateway's role (the run-time role may not read the staff's IPs). */
const journalQuery = (db: Database, input: z.infer<typeof journalListInput> & { target?: 'learnerId'; id?: string }) =>
  withRole(db, dbRoles.gateway, (tx) => {
    const params = { ...input, sort: input.sort ?? { field: 'occurredAt' as const, order: 'DESC' as const } };
    return input.target && input.id
      ? journalReader.listByReference(tx, { ...params, target: input.target, id: input.id })
      : journalReader.list(tx, params);
  });

const LEARNERS = 200_000;
const STAFF = 300;
const CHUNK = 1_000_000;
const RUNS = envNumber('VIGIE_BENCH_RUNS', 60);

/** Learner n's id, the same in SQL and here: an md5 shaped as a version-4 uuid. */
const learnerSql = (n: string) => {
  const h = `md5('learner ' || ${n})`;
  return `(substr(${h}, 1, 12) || '4' || substr(${h}, 14, 3) || '8' || substr(${h}, 18, 15))::uuid`;
};

/**
 * A year of plausible traffic, 3 seconds apart: agents' reads and lists of learners under a ticket,
 * some changes, sign-ins, a few denials; each learner shows in about 50 events.
 */
function insertChunk(owner: Database, from: number, to: number, total: number) {
  return owner.execute(sql.raw(`
    WITH s AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(role ORDER BY id) AS roles, count(*)::int AS n FROM staff_users)
    INSERT INTO audit_events (occurred_at, request_id, actor_staff_id, actor_role, ip, user_agent, action, procedure,
      entity, entity_ids, subject_ids, fields, purpose_code, purpose_ref, outcome)
    SELECT now() - (${total} - g) * interval '3 seconds', gen_random_uuid(),
           s.ids[1 + (g / 25) % s.n], s.roles[1 + (g / 25) % s.n],
           '10.0.' || (g / 25) % 250 || '.' || g % 250, 'Mozilla/5.0 Firefox/133.0',
           x.action, 'learners.' || x.action, CASE WHEN x.action = 'login' THEN NULL ELSE 'learners' END,
           ARRAY[l.id::text], CASE WHEN x.action = 'login' THEN '{}'::text[] ELSE ARRAY['learner:' || l.id] END,
           CASE x.action WHEN 'update' THEN '{phone}'::text[] WHEN 'login' THEN '{}'::text[] ELSE '{lastName,firstName,email}'::text[] END,
           CASE WHEN x.action = 'login' THEN NULL
                ELSE (ARRAY['learner_request','learner_request','dsr','quality','other'])[1 + g % 5] END,
           CASE WHEN x.action <> 'login' AND g % 3 = 0 THEN 'TICKET-' || (g / 3) % 100000 END,
           CASE WHEN g % 97 = 0 THEN 'denied' ELSE 'success' END
    FROM generate_series(${from}, ${to}) g CROSS JOIN s
    CROSS JOIN LATERAL (SELECT CASE WHEN g % 20 < 12 THEN 'read' WHEN g % 20 < 17 THEN 'list'
                                    WHEN g % 20 < 19 THEN 'update' ELSE 'login' END AS action) x
    CROSS JOIN LATERAL (SELECT ${learnerSql(`((g::bigint * 7919) % ${LEARNERS})`)} AS id) l`));
}


async function measure(run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 5; i += 1) await run(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    await run(i + 5);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: fixed(percentile(times, 0.5), 1), p95: fixed(percentile(times, 0.95), 1) };
}

export async function runAuditConsoleBench() {
  const bench = await openBenchDatabase('console');
  try {
    const size = envNumber('VIGIE_BENCH_CONSOLE_ROWS', 10_000_000);
    section(`audit console on ${bench.description}`);
    const staff = await seedStaff(bench.database, STAFF);
    const dpoEmail = `bench-dpo-${Date.now()}@vigie.test`;
    await bench.database.asOwner((owner) =>
      owner.execute(sql`INSERT INTO staff_users (email, display_name, role, password_hash)
                        SELECT ${dpoEmail}, 'Bench DPO', 'dpo', password_hash FROM staff_users WHERE email = ${staff.adminEmail}`),
    );
    const started = performance.now();
    const missing = Math.max(0, size - (await countAuditEvents(bench.database.db)));
    await bench.database.asOwner(async (owner) => {
      for (let from = 1; from <= missing; from += CHUNK) {
        await insertChunk(owner, from, Math.min(missing, from + CHUNK - 1), missing);
        process.stdout.write(`  ${Math.min(missing, from + CHUNK - 1)} rows\r`);
      }
    });
    if (missing > 0) await settle(bench.database);
    console.log(`  wrote ${missing} audit rows in ${((performance.now() - started) / 1000).toFixed(0)} s (with every index)`);

    const api = await signedInCaller(bench.database, dpoEmail, BENCH_PASSWORD, { code: 'audit_review', ref: 'BENCH' });

    const [learnerIds, refs] = await Promise.all([
      selectRows<{ id: string }>(bench.database.db, sql.raw(`SELECT ${learnerSql('n')} AS id FROM generate_series(1, 200) n`)),
      Promise.resolve(Array.from({ length: 200 }, (_, i) => `TICKET-${(i * 487) % 100000}`)),
    ]);
    const learner = (i: number) => learnerIds[i % learnerIds.length]?.id as string;
    const actor = (i: number) => staff.ids[(i * 37) % staff.ids.length] as string;
    const page = { pagination: { page: 1, perPage: 25 }, sort: { field: 'occurredAt', order: 'DESC' } } as const;
    const day = (i: number) => new Date(Date.now() - (1 + (i % 300)) * 86_400_000).toISOString().slice(0, 10);

    type Input = z.infer<typeof journalListInput>;
    const history = (i: number) => ({ ...page, target: 'learnerId' as const, id: learner(i) });
    const cases: [string, (i: number) => Input][] = [
      ['journal, no filter', () => page],
      ['journal, learner', (i) => ({ ...page, filter: { learnerId: learner(i) } })],
      ['journal, staff member', (i) => ({ ...page, filter: { actorStaffId: actor(i) } })],
      ['journal, staff member + one day', (i) => ({ ...page, filter: { actorStaffId: actor(i), from: day(i), until: day(i) } })],
      ['journal, reference', (i) => ({ ...page, filter: { purposeRef: refs[i % refs.length] } })],
      ['journal, action update + purpose dsr', () => ({ ...page, filter: { action: 'update', purposeCode: 'dsr' } })],
      ['journal, role dpo', () => ({ ...page, filter: { actorRole: 'dpo' } })],
      ['journal, outcome denied + one day', (i) => ({ ...page, filter: { outcome: 'denied', from: day(i), until: day(i) } })],
      ['journal, page 40 (entity learners)', () => ({ pagination: { page: 40, perPage: 25 }, sort: page.sort, filter: { entity: 'learners' } })],
    ];
    const rows: Cell[][] = [['first page of 25', 'procedure p50', 'p95', 'query p50', 'p95']];
    const figures: Record<string, Record<string, { p50: number; p95: number }>> = {};
    const record = (label: string, procedure: { p50: number; p95: number }, query: { p50: number; p95: number }) => {
      figures[label] = { procedure, query };
      rows.push([label, procedure.p50, procedure.p95, query.p50, query.p95]);
    };
    record(
      "learner's access history (Accès tab)",
      await measure((i) => api.audit.getManyReference(history(i))),
      await measure((i) => journalQuery(bench.database.db, history(i))),
    );
    for (const [label, input] of cases) {
      record(label, await measure((i) => api.audit.getList(input(i))), await measure((i) => journalQuery(bench.database.db, input(i))));
    }
    printTable(rows);
    console.log('  procedure: session, purpose, query, audit_read row and commit; query: the journal reader alone');
    console.log('  target: under 20 ms server-side');
    saveResults('audit-console', { rows: size, runs: RUNS, figures });
  } finally {
    await bench.dispose();
  }
}
