import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { staffRoles } from '@vigie/domain/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessMatrix } from './access-matrix.ts';
import { appRouter } from './router.ts';
import { createHarness, type Harness } from './test/harness.ts';
import { procedureAt } from './test/procedure-at.ts';
import type { ProcedureMeta } from './trpc.ts';

const committed = readFileSync(new URL('../../docs/access-matrix.md', import.meta.url), 'utf8');
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>);

describe('the role x procedure matrix', () => {
  it('is the committed docs/access-matrix.md, row for row (run `pnpm --filter @vigie/server access-matrix` and review the diff)', () => {
    const rows = (text: string) => text.split('\n').filter((line) => line.startsWith('| `'));
    const generated = rows(accessMatrix(appRouter));
    expect(generated.filter((row) => !rows(committed).includes(row))).toEqual([]);
    expect(rows(committed).filter((row) => !generated.includes(row))).toEqual([]);
  });

  describe('admits every role its row admits', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness();
    });
    afterAll(() => h.close());

    const admitted = procedures.flatMap(([path, p]) => {
      const access = p._def.meta?.access;
      if (!Array.isArray(access)) return [];
      return staffRoles.filter((role) => access.includes(role)).map((role) => [path, role] as const);
    });

    // The input is almost always wrong: what matters is that the refusal, if any, is not the role's.
    it.each(admitted)('%s admits %s', async (path, role) => {
      const { api } = await h.as(role, { purpose: 'administration' });
      const outcome = await procedureAt(api, path)({ id: randomUUID() }).then(
        () => 'ok',
        (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`,
      );
      expect(outcome).not.toMatch(/^(FORBIDDEN: Accès refusé|UNAUTHORIZED)/);
    });
  });
});
