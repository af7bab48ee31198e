import { z } from 'zod';
import { type Resource, rolesFor } from '@vigie/domain/access';
import { type Disclosed, markColumns } from '../audit/revealed.ts';
import type { Context } from '../context.ts';
import {
  getListInput,
  getManyReferenceInput,
  listOutput,
  recordOutput,
  recordsOutput,
} from '../resource-params.ts';
import { personalDataProcedure, plainDataProcedure } from '../trpc.ts';
import type { Reader } from './reader.ts';

/** What a read procedure is for the audit (`list` of many records, `read` of one). */
export type ReadKind = 'list' | 'read';

const accessOf = (kind: ReadKind) => (kind === 'list' ? 'list' : 'show');

/**
 * How a resource's reads are served: through the audited gateway under `entity` (its records carry
 * personal data), or plain (they name nobody, and the database would refuse them a personal column).
 */
export type ReadMode =
  | { audited: true; resource: Resource; entity: string; purpose?: string }
  | { audited: false; resource: Resource };

/** `purpose`: the one purpose these reads serve, whatever the caller picked (`dsr` for requests). */
export const auditedReads = (resource: Resource, entity: string, purpose?: string): ReadMode =>
  purpose ? { audited: true, resource, entity, purpose } : { audited: true, resource, entity };
export const plainReads = (resource: Resource): ReadMode => ({ audited: false, resource });

/**
 * The procedure builder of one read: a handler returning `Disclosed` either way, so that a resource
 * moves from plain to audited (a column declared personal) without touching its handlers.
 */
function readBuilder<O extends z.ZodType>(mode: ReadMode, kind: ReadKind, output: O) {
  const roles = rolesFor(mode.resource, accessOf(kind));
  return mode.audited
    ? personalDataProcedure(roles, { entity: mode.entity, action: kind, ...(mode.purpose ? { purpose: mode.purpose } : {}) }, output)
    : plainDataProcedure(roles, output);
}

export const uuidId = z.uuid();
/** Identity columns: react-admin may hand back the id it read from the URL, as text. */
export const serialId = z
  .union([z.number(), z.string().regex(/^\d{1,16}$/).transform(Number)])
  .pipe(z.number().int().positive().max(Number.MAX_SAFE_INTEGER));

type Sort<S extends string> = { field: S; order: 'ASC' | 'DESC' };

export interface ReadResource<
  Rec extends z.ZodType,
  Flt extends z.ZodType<Record<string, unknown>>,
  S extends string,
  T extends string,
> {
  mode: ReadMode;
  /** `uuidId` or `serialId`. */
  id: z.ZodType<string | number, string | number>;
  record: Rec;
  sort: z.ZodType<Sort<S>, Sort<S>>;
  filter: Flt;
  /** The reader, or the reader for this caller (a manager reads processors without their contact person). */
  reader: Reader<z.output<Rec>, z.output<Flt>, S, T> | ((ctx: Context) => Reader<z.output<Rec>, z.output<Flt>, S, T>);
  /** Finishes each record for this caller (today's checks of a processor). */
  present?: (ctx: Context) => (record: z.output<Rec>) => z.output<Rec>;
}

type Answer<R> = { data: R | R[] };

/** The reader for this caller, and the records it answers with, as the caller may see them. */
function served<Rec extends z.ZodType, Flt extends z.ZodType<Record<string, unknown>>, S extends string, T extends string>(
  resource: ReadResource<Rec, Flt, S, T>,
  ctx: Context,
) {
  const reader = typeof resource.reader === 'function' ? resource.reader(ctx) : resource.reader;
  const present = resource.present?.(ctx);
  const finish = <A extends Answer<z.output<Rec>>>(answer: Disclosed<A>): Disclosed<A> => {
    if (!present) return answer;
    const { data } = answer.data;
    return { ...answer, data: { ...answer.data, data: Array.isArray(data) ? data.map(present) : present(data) } };
  };
  return { reader, finish };
}

/** `getList`, `getOne` and `getMany` of a resource, in react-admin's shapes. */
export function readProcedures<
  Rec extends z.ZodType,
  Flt extends z.ZodType<Record<string, unknown>>,
  S extends string,
  T extends string,
>(resource: ReadResource<Rec, Flt, S, T>) {
  const { mode, record } = resource;
  if (typeof resource.reader !== 'function') markColumns(record, resource.reader.selection);
  const list = listOutput(record);
  // TypeScript cannot tell that a generic record is not optional, which zod's object input type asks.
  const one = recordOutput(record) as unknown as z.ZodType<{ data: z.output<Rec> }, { data: z.input<Rec> }>;
  const many = recordsOutput(record);
  // The reader builds its records from the same zod record the output checks (casts only name that).
  return {
    getList: readBuilder(mode, 'list', list)
      .input(getListInput(resource.sort, resource.filter))
      .query(async ({ ctx, input }) => {
        const { reader, finish } = served(resource, ctx);
        return finish(await reader.list(ctx.db, input)) as Disclosed<z.input<typeof list>>;
      }),

    getOne: readBuilder(mode, 'read', one)
      .input(z.object({ id: resource.id }))
      .query(async ({ ctx, input }) => {
        const { reader, finish } = served(resource, ctx);
        return finish(await reader.one(ctx.db, input.id)) as Disclosed<{ data: z.input<Rec> }>;
      }),

    getMany: readBuilder(mode, 'list', many)
      .input(z.object({ ids: z.array(resource.id).max(500) }))
      .query(async ({ ctx, input }) => {
        const { reader, finish } = served(resource, ctx);
        return finish(await reader.many(ctx.db, input.ids)) as Disclosed<z.input<typeof many>>;
      }),
  };
}

/** `getManyReference`: the records whose `target` column (a whitelisted foreign key) holds `id`. */
export function referenceProcedure<
  Rec extends z.ZodType,
  Flt extends z.ZodType<Record<string, unknown>>,
  S extends string,
  T extends string,
>(resource: ReadResource<Rec, Flt, S, T>, targets: readonly [T, ...T[]], id: z.ZodType<string, string> = uuidId) {
  const list = listOutput(resource.record);
  return readBuilder(resource.mode, 'list', list)
    .input(getManyReferenceInput(z.enum(targets), id, resource.sort, resource.filter))
    .query(async ({ ctx, input }) => {
      const { reader, finish } = served(resource, ctx);
      return finish(await reader.listByReference(ctx.db, input)) as Disclosed<z.input<typeof list>>;
    });
}

/** The four read methods of a resource that hangs off others (a learner, a contract...). */
export function readRoutes<
  Rec extends z.ZodType,
  Flt extends z.ZodType<Record<string, unknown>>,
  S extends string,
  T extends string,
>(resource: ReadResource<Rec, Flt, S, T>, targets: readonly [T, ...T[]]) {
  return { ...readProcedures(resource), getManyReference: referenceProcedure(resource, targets) };
}
