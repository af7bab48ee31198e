import { randomUUID } from 'node:crypto';
import { schema } from '@vigie/db';
import { staffRoles } from '@vigie/domain/roles';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { appRouter } from './router.ts';
import { createHarness, type Harness } from './test/harness.ts';
import type { ProcedureMeta } from './trpc.ts';

interface ProcedureDef {
  meta?: ProcedureMeta;
  output?: z.ZodType;
}
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>);

/** Every key an output schema can carry, at any depth. */
function keysOf(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string) => keysOf(def[key] as z.ZodType);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => [k, ...keysOf(v)]);
    case 'array':
      return inner('element');
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return inner('innerType');
    case 'union':
      return (def.options as z.ZodType[]).flatMap(keysOf);
    case 'pipe':
      return [...inner('in'), ...inner('out')];
    default:
      return [];
  }
}

const personalColumns = new Set(schema.personalDataDeclarations.flatMap((d) => Object.keys(d.columns)));
/**
 * Keys named like a personal column elsewhere that hold nothing personal in these resources: an
 * incident's `description`, a retention rule's `note` (its legal ground).
 */
const sameNameNotPersonal: Record<string, string[]> = { activities: ['note'], breaches: ['description'] };

describe('the whole router', () => {
  it.each(procedures)('%s declares who may call it and what it returns', (_path, procedure) => {
    expect(procedure._def.meta?.access).toBeDefined();
    expect(procedure._def.output).toBeDefined();
  });

  it.each(procedures)('%s is audited if its output carries personal data', (path, procedure) => {
    const exempt = sameNameNotPersonal[path.split('.')[0] ?? ''] ?? [];
    const revealed = keysOf(procedure._def.output).filter((key) => personalColumns.has(key) && !exempt.includes(key));
    const meta = procedure._def.meta;
    if (revealed.length > 0) expect(meta?.audit ?? meta?.ownAccount).toBeDefined();
  });

  it('finds personal data in the outputs it walks (the check above can fail)', () => {
    const staffGetList = procedures.find(([path]) => path === 'staff.getList')?.[1];
    expect(keysOf(staffGetList?._def.output)).toEqual(expect.arrayContaining(['email', 'displayName']));
  });
});

describe('role policies', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  type Call = (input: unknown) => Promise<unknown>;
  const call = (api: unknown, path: string) =>
    path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as Call;

  const denials = procedures.flatMap(([path, procedure]) => {
    const access = procedure._def.meta?.access;
    if (!Array.isArray(access)) return [];
    return staffRoles.filter((role) => !access.includes(role)).map((role) => [path, role] as const);
  });

  it.each(denials)('%s refuses %s with 403 and an audit row', async (path, role) => {
    const { api, request, member } = await h.as(role);
    await expect(call(api, path)({ id: randomUUID() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rows = await h.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.requestId, request.requestId), eq(schema.auditEvents.action, 'denied')));
    expect(rows).toMatchObject([{ procedure: path, actorStaffId: member.id, outcome: 'denied' }]);
  });

  const signedInOnly = procedures.filter(([, p]) => p._def.meta?.access !== 'public').map(([path]) => path);
  it.each(signedInOnly)('%s refuses an anonymous caller with 401', async (path) => {
    await expect(call(h.caller().api, path)({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
