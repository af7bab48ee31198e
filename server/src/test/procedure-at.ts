type Call = (input: unknown) => Promise<unknown>;

/** The caller's procedure at a router path ("learners.block"), for tests that walk every procedure. */
export const procedureAt = (api: unknown, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as Call;
