import { randomUUID } from 'node:crypto';
import { schema } from '@vigie/db';
import { canAccess } from '@vigie/domain/access';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.ts';
import { createHarness, type Harness } from './test/harness.ts';
import type { ProcedureMeta } from './trpc.ts';

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>,
).map(([path, procedure]) => ({ path, meta: procedure._def.meta }));

const openToManagers = (meta: ProcedureMeta | undefined) => Array.isArray(meta?.access) && meta.access.includes('manager');
/**
 * The one audited resource managers read: processors, whose contact persons they are not shown
 * (`processorContacts`; processors/router.test.ts checks their answers carry no declared column).
 */
const processorReadsForManagers = procedures.filter(({ meta }) => meta?.audit && openToManagers(meta));
/** Every other procedure that reveals or changes a learner's data, or the data of an employer's contact. */
const learnerProcedures = procedures.filter(
  ({ path, meta }) => meta?.audit && !path.startsWith('staff.') && !processorReadsForManagers.some((p) => p.path === path),
);
/**
 * The answer to a learner's own access request is an export of one file to that very person, from a
 * verified request (requests/answer/export.test.ts): agents run it (issue 6). Every other export is a
 * bulk disclosure that agents may never make.
 */
const ownAnswer = ['requests.exportPackage', 'requests.downloadPackage'];
const exportProcedures = procedures.filter(({ path, meta }) => meta?.audit?.action === 'export' && !ownAnswer.includes(path));

describe('the role table', () => {
  it('keeps managers away from every procedure that shows personal data, but processors without their contacts', () => {
    expect(learnerProcedures.length).toBeGreaterThan(30);
    expect(processorReadsForManagers.map((p) => p.path).sort()).toEqual([
      'processors.getList',
      'processors.getMany',
      'processors.getManyReference',
      'processors.getOne',
    ]);
    expect(canAccess('manager', 'processorContacts', 'show')).toBe(false);
  });

  it('finds the export-like procedures (the employer report)', () => {
    expect(exportProcedures.map((p) => p.path)).toContain('employers.report');
  });
});

describe('denials are 403s with an audit row', () => {
  let h: Harness;
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    h = await createHarness();
    // One session per role (signing in costs an argon2 hash); each call below is its own request.
    for (const role of ['manager', 'agent'] as const) tokens.set(role, (await h.as(role)).token);
  });
  afterAll(() => h.close());

  type Call = (input: unknown) => Promise<unknown>;
  const procedureOf = (api: unknown, path: string) =>
    path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as Call;

  async function expectDenied(role: 'manager' | 'agent', path: string) {
    const { api, request } = h.caller({ token: tokens.get(role), purpose: 'employer_reporting' });
    await expect(procedureOf(api, path)({ id: randomUUID() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rows = await h.owner
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.requestId, request.requestId), eq(schema.auditEvents.action, 'denied')));
    expect(rows).toMatchObject([{ procedure: path, outcome: 'denied', actorRole: role }]);
  }

  it.each(learnerProcedures.map((p) => p.path))('manager -> %s', (path) => expectDenied('manager', path));
  it.each(exportProcedures.map((p) => p.path))('agent -> %s', (path) => expectDenied('agent', path));
});
