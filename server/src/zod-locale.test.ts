import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createHarness } from './test/harness.ts';

describe("zod's own messages", () => {
  it('reach the caller in French', async () => {
    const h = await createHarness();
    try {
      const { api } = await h.as('agent', { purpose: 'learner_request' });
      const error: unknown = await api.learners
        .getList({ pagination: { page: 0, perPage: 5 }, sort: { field: 'lastName', order: 'ASC' } })
        .catch((e: { cause?: unknown }) => e.cause);
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
        ['pagination.page', 'Trop petit : nombre doit être >=1'],
      ]);
    } finally {
      await h.close();
    }
  });
});
