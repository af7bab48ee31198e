import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createContext } from '../context.ts';
import { sqlStateOf } from '../errors.ts';
import { auditRowOf, auditRowsOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertEmployer, insertLearner } from '../test/records.ts';
import { createCallerFactory, personalDataProcedure, rolesProcedure, router } from '../trpc.ts';
import { auditSelection } from './revealed.ts';

const { employers, learners } = schema;

/**
 * The mistake the database must make impossible (issue 11): a procedure that forgets the gateway and
 * reads learners' names and e-mails under other names; and the same read done right, recorded under the
 * real fields whatever the keys are called.
 */
const worker = z.object({ who: z.uuid(), fullName: z.string(), mail: z.string() });
const selection = { who: learners.id, fullName: learners.lastName, mail: learners.email };
const staffOnly = { id: z.uuid() };
const whoWorksHere = (db: Harness['owner'], employerId: string) =>
  db.select(selection).from(learners).innerJoin(employers, eq(employers.id, learners.employerId)).where(eq(employers.id, employerId));

const probes = router({
  // Wrong on purpose: built without the gateway.
  whoWorksHere: rolesProcedure(['agent'])
    .input(z.object(staffOnly))
    .output(z.object({ data: z.array(worker) }))
    .query(async ({ ctx, input }) => ({ data: await whoWorksHere(ctx.db, input.id) })),
  // Wrong on purpose: a query that writes (a read's gateway is read-only; changes are mutations).
  renameInAQuery: personalDataProcedure(['agent'], { entity: 'learners', action: 'read' }, z.object({ data: z.object({ id: z.uuid() }) }))
    .input(z.object(staffOnly))
    .query(async ({ ctx, input }) => {
      await ctx.db.update(learners).set({ lastName: 'Renamed' }).where(eq(learners.id, input.id));
      return { data: { data: { id: input.id } }, audit: { fields: ['lastName'], subjectIds: [`learner:${input.id}`] } };
    }),
  // Right: through the gateway, its audit read from the columns the selection holds.
  whoWorksHereAudited: personalDataProcedure(['agent'], { entity: 'learners', action: 'list' }, z.object({ data: z.array(worker) }))
    .input(z.object(staffOnly))
    .query(async ({ ctx, input }) => {
      const rows = await whoWorksHere(ctx.db, input.id);
      return { data: { data: rows }, audit: auditSelection(learners, selection).reveal(rows) };
    }),
});

let h: Harness;
let employerId: string;
let learnerId: string;
const createCaller = createCallerFactory(probes);
let caller: (requestId: string) => ReturnType<typeof createCaller>;

beforeAll(async () => {
  h = await createHarness();
  employerId = (await insertEmployer(h.owner)).id;
  learnerId = (await insertLearner(h.owner, { employerId })).id;
  const { token } = await h.as('agent');
  const jar = { set: () => {}, clear: () => {} };
  caller = (requestId) =>
    createCaller(() =>
      createContext(
        h.services,
        { requestId, ip: '192.0.2.10', userAgent: 'vitest', purposeCode: 'learner_request', purposeRef: null, sessionToken: token },
        jar,
      ),
    );
});
afterAll(() => h.close());

describe(`the database (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}) enforces the gateway`, () => {
  it('refuses a procedure built without the gateway: a permission error, no data, no audit row', async () => {
    const requestId = randomUUID();
    const outcome = await caller(requestId).whoWorksHere({ id: employerId }).then(
      (data) => ({ data }),
      (error: Error & { code: string }) => ({ code: error.code, sqlState: sqlStateOf(error) }),
    );
    expect(outcome).toEqual({ code: 'INTERNAL_SERVER_ERROR', sqlState: '42501' });
    expect(await auditRowsOf(h, requestId)).toEqual([]);
  });

  it('refuses a write in a query, even through the gateway: an error, nothing changed, no audit row', async () => {
    const requestId = randomUUID();
    const outcome = await caller(requestId).renameInAQuery({ id: learnerId }).then(
      (data) => ({ data }),
      (error: Error & { code: string }) => ({ code: error.code, sqlState: sqlStateOf(error) }),
    );
    expect(outcome).toEqual({ code: 'INTERNAL_SERVER_ERROR', sqlState: '25006' });
    const [learner] = await h.owner.select({ lastName: learners.lastName }).from(learners).where(eq(learners.id, learnerId));
    expect(learner?.lastName).not.toBe('Renamed');
    expect(await auditRowsOf(h, requestId)).toEqual([]);
  });

  it('records the audited read under the real fields and subjects, whatever the keys are called', async () => {
    const requestId = randomUUID();
    const answer = await caller(requestId).whoWorksHereAudited({ id: employerId });
    expect(answer.data).toEqual([expect.objectContaining({ who: learnerId })]);
    expect(await auditRowOf(h, requestId)).toMatchObject({
      action: 'list',
      entity: 'learners',
      fields: ['email', 'lastName'],
      subjectIds: [`learner:${learnerId}`],
      outcome: 'success',
    });
  });
});

describe('the role allowed to read personal columns', () => {
  const serverSource = fileURLToPath(new URL('../', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [join(dir, entry.name)] : [],
    );

  it('is switched to by the gateway module alone', () => {
    const users = files(serverSource)
      .filter((file) => /dbRoles\.gateway|vigie_gateway/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(serverSource, file));
    expect(users).toEqual(['audit/gateway.ts']);
  });
});
