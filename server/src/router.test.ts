import { randomUUID } from 'node:crypto';
import { schema } from '@vigie/db';
import { staffRoles } from '@vigie/domain/roles';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTableName } from 'drizzle-orm';
import { z } from 'zod';
import { columnsCarriedBy, isPersonalColumn, markColumns } from './audit/revealed.ts';
import { appRouter } from './router.ts';
import { createHarness, type Harness } from './test/harness.ts';
import { procedureAt } from './test/procedure-at.ts';
import type { ProcedureMeta } from './trpc.ts';

interface ProcedureDef {
  meta?: ProcedureMeta;
  output?: z.ZodType;
}
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>);

/** Every field an output schema can carry, at any depth: its key and its own schema. */
function fieldsOf(schema: z.ZodType | undefined): { key: string; field: z.ZodType }[] {
  if (!schema) return [];
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string) => fieldsOf(def[key] as z.ZodType);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) => [{ key, field }, ...fieldsOf(field)]);
    case 'array':
      return inner('element');
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return inner('innerType');
    case 'union':
      return (def.options as z.ZodType[]).flatMap(fieldsOf);
    case 'pipe':
      return [...inner('in'), ...inner('out')];
    default:
      return [];
  }
}

const personalNames = new Set(schema.personalDataDeclarations.flatMap((d) => Object.keys(d.columns)));
/**
 * Keys named like a personal column elsewhere that hold nothing personal in these resources: an
 * incident's `description`, a retention rule's `note` (its legal ground).
 */
const sameNameNotPersonal: Record<string, string[]> = { activities: ['note'], breaches: ['description'] };

/**
 * What an output reveals: the fields a reader filled from a declared personal column, whatever their
 * key (identity); and, for outputs no reader built, the keys named like one (a second net).
 */
function personalFieldsOf(path: string, output: z.ZodType | undefined): string[] {
  const exempt = sameNameNotPersonal[path.split('.')[0] ?? ''] ?? [];
  return fieldsOf(output).flatMap(({ key, field }) => {
    const byColumn = columnsCarriedBy(field).filter(isPersonalColumn);
    if (byColumn.length > 0) return byColumn.map((column) => `${key} (${getTableName(column.table)}.${column.name})`);
    return personalNames.has(key) && !exempt.includes(key) ? [key] : [];
  });
}

describe('the whole router', () => {
  it.each(procedures)('%s declares who may call it and what it returns', (_path, procedure) => {
    expect(procedure._def.meta?.access).toBeDefined();
    expect(procedure._def.output).toBeDefined();
  });

  it.each(procedures)('%s goes through the gateway if its output carries personal data', (path, procedure) => {
    const meta = procedure._def.meta;
    if (personalFieldsOf(path, procedure._def.output).length > 0) expect(meta?.audit ?? meta?.ownAccount).toBeDefined();
  });

  it.each(procedures.filter(([, p]) => p._def.meta?.audit))('%s names a declared entity', (_path, procedure) => {
    const entity = procedure._def.meta?.audit?.entity;
    expect(schema.personalDataDeclarations.map((d) => d.entity)).toContain(entity);
  });

  it('finds personal data by the column a field was read from, not by its name', () => {
    const learnersGetList = procedures.find(([path]) => path === 'learners.getList')?.[1];
    expect(personalFieldsOf('learners.getList', learnersGetList?._def.output)).toEqual(
      expect.arrayContaining(['email (learners.email)', 'lastName (learners.last_name)']),
    );
    // A reader that sends `learners.email` as `mail`: the walk still sees the e-mail.
    const mail = z.object({ id: z.uuid(), mail: z.string() });
    markColumns(mail, { id: schema.learners.id, mail: schema.learners.email });
    expect(personalFieldsOf('probe.mail', z.object({ data: z.array(mail) }))).toEqual(['mail (learners.email)']);
  });
});

describe('role policies', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  const denials = procedures.flatMap(([path, procedure]) => {
    const access = procedure._def.meta?.access;
    if (!Array.isArray(access)) return [];
    return staffRoles.filter((role) => !access.includes(role)).map((role) => [path, role] as const);
  });

  it.each(denials)('%s refuses %s with 403 and an audit row', async (path, role) => {
    const { api, request, member } = await h.as(role);
    await expect(procedureAt(api, path)({ id: randomUUID() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rows = await h.owner
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.requestId, request.requestId), eq(schema.auditEvents.action, 'denied')));
    expect(rows).toMatchObject([{ procedure: path, actorStaffId: member.id, outcome: 'denied' }]);
  });

  const signedInOnly = procedures.filter(([, p]) => p._def.meta?.access !== 'public').map(([path]) => path);
  it.each(signedInOnly)('%s refuses an anonymous caller with 401', async (path) => {
    await expect(procedureAt(h.caller().api, path)({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
