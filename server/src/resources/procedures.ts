import { z } from 'zod';
import { type Resource, rolesFor } from '@vigie/domain/access';
import {
  getListInput,
  getManyReferenceInput,
  listOutput,
  recordOutput,
  recordsOutput,
} from '../resource-params.ts';
import { personalDataProcedure, rolesProcedure } from '../trpc.ts';
import type { Reader } from './reader.ts';

/** What a read procedure is for the audit (`list` of many records, `read` of one). */
export type ReadKind = 'list' | 'read';

/** The common shape of the two builders below; the handlers only need `ctx.db`. */
export type ReadBuilder = ReturnType<typeof rolesProcedure>;
export type ReadBuilders = (kind: ReadKind) => ReadBuilder;

const accessOf = (kind: ReadKind) => (kind === 'list' ? 'list' : 'show');

/** Reads of personal data: the access table's roles, then the audited gateway under `entity`. */
export const auditedReads =
  (resource: Resource, entity: string): ReadBuilders =>
  (kind) =>
    personalDataProcedure(rolesFor(resource, accessOf(kind)), { entity, action: kind });

/** Reads of data about no person (employers): the access table's roles only. */
export const plainReads =
  (resource: Resource): ReadBuilders =>
  (kind) =>
    rolesProcedure(rolesFor(resource, accessOf(kind)));

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
  builders: ReadBuilders;
  /** `uuidId` or `serialId`. */
  id: z.ZodType<string | number, string | number>;
  record: Rec;
  sort: z.ZodType<Sort<S>, Sort<S>>;
  filter: Flt;
  reader: Reader<z.output<Rec>, z.output<Flt>, S, T>;
}

/** `getList`, `getOne` and `getMany` of a resource, in react-admin's shapes. */
export function readProcedures<
  Rec extends z.ZodType,
  Flt extends z.ZodType<Record<string, unknown>>,
  S extends string,
  T extends string,
>(resource: ReadResource<Rec, Flt, S, T>) {
  const { builders, reader, record } = resource;
  const list = listOutput(record);
  // TypeScript cannot tell that a generic record is not optional, which zod's object input type asks.
  const one = recordOutput(record) as unknown as z.ZodType<{ data: z.output<Rec> }, { data: z.input<Rec> }>;
  const many = recordsOutput(record);
  // The reader builds its records from the same zod record the output checks (casts only name that).
  return {
    getList: builders('list')
      .input(getListInput(resource.sort, resource.filter))
      .output(list)
      .query(async ({ ctx, input }) => (await reader.list(ctx.db, input)) as z.input<typeof list>),

    getOne: builders('read')
      .input(z.object({ id: resource.id }))
      .output(one)
      .query(async ({ ctx, input }) => ({ data: (await reader.one(ctx.db, input.id)) as z.input<Rec> })),

    getMany: builders('list')
      .input(z.object({ ids: z.array(resource.id).max(500) }))
      .output(many)
      .query(async ({ ctx, input }) => ({ data: await reader.many(ctx.db, input.ids) }) as z.input<typeof many>),
  };
}

/** `getManyReference`: the records whose `target` column (a whitelisted foreign key) holds `id`. */
export function referenceProcedure<
  Rec extends z.ZodType,
  Flt extends z.ZodType<Record<string, unknown>>,
  S extends string,
  T extends string,
>(resource: ReadResource<Rec, Flt, S, T>, targets: readonly [T, ...T[]]) {
  const list = listOutput(resource.record);
  return resource
    .builders('list')
    .input(getManyReferenceInput(z.enum(targets), uuidId, resource.sort, resource.filter))
    .output(list)
    .query(async ({ ctx, input }) => (await resource.reader.listByReference(ctx.db, input)) as z.input<typeof list>);
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
