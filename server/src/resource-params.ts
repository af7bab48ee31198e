import { z } from 'zod';

/** react-admin's dataProvider parameters, validated once for every resource. */
export const pagination = z.object({
  page: z.number().int().min(1).max(100_000),
  perPage: z.number().int().min(1).max(500),
});

export function sortOn<const F extends readonly [string, ...string[]]>(fields: F) {
  return z.object({ field: z.enum(fields), order: z.enum(['ASC', 'DESC']) });
}

export function getListInput<S extends z.ZodType, F extends z.ZodType>(sort: S, filter: F) {
  return z.object({ pagination, sort, filter: filter.optional() });
}

export const getOneInput = z.object({ id: z.uuid() });
export const getManyInput = z.object({ ids: z.array(z.uuid()).max(500) });

export function getManyReferenceInput<
  T extends z.ZodType,
  I extends z.ZodType,
  S extends z.ZodType,
  F extends z.ZodType,
>(target: T, id: I, sort: S, filter: F) {
  return z.object({ target, id, pagination, sort, filter: filter.optional() });
}

/** `{data, total}`, or `{data, pageInfo}` past the reader's count cap (react-admin's partial pagination). */
export const listOutput = <R extends z.ZodType>(record: R) =>
  z.union([
    z.object({ data: z.array(record), total: z.number().int() }),
    z.object({ data: z.array(record), pageInfo: z.object({ hasNextPage: z.boolean(), hasPreviousPage: z.boolean() }) }),
  ]);
export const recordOutput = <R extends z.ZodType>(record: R) => z.object({ data: record });
export const recordsOutput = <R extends z.ZodType>(record: R) => z.object({ data: z.array(record) });
