import { schema, selectRows } from '@vigie/db';
import { type StaffRole, staffRoles } from '@vigie/domain/roles';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { appRouter } from '../router.ts';
import { arbitraryOf, type JsonSchema } from '../test/arbitrary.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { serveApi, sessionCookieOf } from '../test/http.ts';
import { insertLearnerFile, uniqueStrings } from '../test/learner-file.ts';
import type { ProcedureMeta } from '../trpc.ts';

/**
 * Every procedure's input, generated from its own zod schema (shaped most of the time, naughty the
 * rest), through HTTP as a browser would send it. At least 10,000 cases a CI run (the PostgreSQL pass;
 * VIGIE_FUZZ_CASES overrides). Every answer must be one the API means to give, with no stack or SQL
 * in it; an answer refused (4xx) must have changed no data and written no audit row without an actor.
 */
const CASES = Number(process.env.VIGIE_FUZZ_CASES ?? (inject('testDatabaseUrl') ? 10_000 : 1_500));
const ALLOWED = new Set([200, 400, 401, 403, 404, 409, 413, 415, 429]);
const LEAKS = /\bselect\b|\binsert into\b|\bupdate\s+"|Failed query|params:|\bat\s+\S+\s\(|\.ts:\d+|\$argon2/i;
const BATCH = 25;

interface Procedure {
  _def: { type: 'query' | 'mutation'; meta?: ProcedureMeta; inputs: z.ZodType[] };
}
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>)
  // Signing in and out is the throttle's and the session's business: tested on their own.
  .filter(([path]) => !['auth.login', 'auth.logout'].includes(path));

let h: Harness;
let api: Awaited<ReturnType<typeof serveApi>>;
const cookies = new Map<StaffRole, string>();
let known: string[] = [];
let fingerprintQuery: ReturnType<typeof sql>;

beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
  api = await serveApi(h.services);
  for (const role of staffRoles) cookies.set(role, sessionCookieOf(await api.login((await h.staffMember(role)).email)));
  const agent = await h.staffMember('agent');
  const dpo = await h.staffMember('dpo');
  for (let i = 0; i < 3; i += 1) known.push((await insertLearnerFile(h.owner, uniqueStrings(), { agentId: agent.id, dpoId: dpo.id })).id);
  known = [...known, agent.id, dpo.id];
  // What a refused request must leave as it was: every table but those a refusal itself writes. A
  // partitioned table is read whole through its parent: the retention engine drops its months.
  const written = new Set(['audit_events', 'audit_chain', 'sessions', 'rate_limits']);
  const tables = (await selectRows<{ name: string }>(h.owner, sql`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`))
    .map((t) => t.name)
    .filter((name) => !written.has(name));
  fingerprintQuery = sql.raw(
    tables.map((t) => `SELECT '${t}' AS t, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${t}" x`).join(' UNION ALL '),
  );
}, 120_000);
afterAll(async () => {
  await api.close();
  await h.close();
});

const fingerprint = async () => JSON.stringify(await selectRows(h.owner, fingerprintQuery));

const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value.trim()] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

/**
 * What an answer says of its own: a record the call just wrote gives back the text it was sent, and
 * the fuzzer's text may well read "select" or "at x (". Those echoes are the caller's, not internals.
 */
function ownText(text: string, input: unknown, status: number): string {
  if (status >= 400) return text;
  const sent = new Set(stringsIn(input));
  const answer: unknown = JSON.parse(text);
  return JSON.stringify(answer, (_key, value: unknown) => (typeof value === 'string' && sent.has(value.trim()) ? '' : value));
}

/** Most cases as someone the procedure admits, the others as anyone (or nobody). */
const callerOf = (meta: ProcedureMeta | undefined) => {
  const admitted = Array.isArray(meta?.access) ? meta.access : staffRoles;
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...admitted) }, { weight: 1, arbitrary: fc.constantFrom<StaffRole | null>(...staffRoles, null) });
};
const purpose = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('learner_request', 'administration', 'audit_review', 'dsr', 'employer_reporting', 'fraud_investigation') },
  { weight: 1, arbitrary: fc.constantFrom('', 'curiosity', "' OR 1=1 --") },
);

async function send(path: string, type: 'query' | 'mutation', input: unknown, role: StaffRole | null, purposeCode: string) {
  const headers: Record<string, string> = { 'x-vigie-csrf': '1', 'x-vigie-purpose': purposeCode, 'x-vigie-purpose-ref': 'FUZZ' };
  if (role) headers.cookie = cookies.get(role) ?? '';
  const body = input === undefined ? undefined : JSON.stringify(input);
  const res =
    type === 'query'
      ? await fetch(`${api.base}/trpc/${path}${body === undefined ? '' : `?input=${encodeURIComponent(body)}`}`, { headers })
      : await fetch(`${api.base}/trpc/${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: body ?? '{}' });
  return { status: res.status, text: await res.text(), requestId: res.headers.get('x-request-id') ?? '' };
}

describe(`the fuzzer (${CASES} cases over ${procedures.length} procedures)`, () => {
  it('gets only the answers the API means to give, and refusals change nothing', async () => {
    const perProcedure = Math.ceil(CASES / procedures.length);
    const problems: string[] = [];
    const refusedIds: string[] = [];
    let cases = 0;
    const statuses = new Map<number, number>();
    for (const [path, procedure] of procedures) {
      const input = procedure._def.inputs[0];
      const inputSchema = input ? (z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema) : undefined;
      const arbitrary = fc.tuple(input ? arbitraryOf(inputSchema, { ids: known }) : fc.constant(undefined), callerOf(procedure._def.meta), purpose);
      for (let done = 0; done < perProcedure; done += BATCH) {
        const batch = fc.sample(arbitrary, Math.min(BATCH, perProcedure - done));
        const before = procedure._def.type === 'mutation' ? await fingerprint() : '';
        let allRefused = true;
        for (const [value, role, purposeCode] of batch) {
          const answer = await send(path, procedure._def.type, value, role, purposeCode);
          cases += 1;
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          if (!ALLOWED.has(answer.status)) problems.push(`${path} answered ${answer.status} to ${JSON.stringify(value).slice(0, 200)}`);
          if (LEAKS.test(ownText(answer.text, value, answer.status))) problems.push(`${path} leaked internals: ${answer.text.slice(0, 200)}`);
          if (answer.status >= 400) refusedIds.push(answer.requestId);
          else allRefused = false;
        }
        if (procedure._def.type === 'mutation' && allRefused && (await fingerprint()) !== before) {
          problems.push(`${path}: a batch of refused mutations changed data`);
        }
      }
    }
    const anonymous = await selectRows<{ procedure: string; action: string }>(
      h.owner,
      sql`SELECT procedure, action FROM ${schema.auditEvents}
          WHERE actor_staff_id IS NULL
            AND request_id IN (SELECT value::uuid FROM json_array_elements_text(${JSON.stringify(refusedIds)}::text::json))`,
    );
    console.log(`fuzz: ${cases} cases, answers ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(cases).toBeGreaterThanOrEqual(CASES);
    // The inputs must get past validation often enough to reach handlers and the database.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(cases / 50);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(anonymous).toEqual([]);
  }, 1_800_000);
});
