import { isTRPCClientError } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';
import { type DataProvider, HttpError } from 'react-admin';

type CallOptions = { signal?: AbortSignal };

type Procedures = AppRouter['_def']['record'];
type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;
/** A router of the app, named as react-admin names the resource (`learners`, `requests`...). */
export type Resource = keyof Procedures & string;
/** A resource's procedures of one kind, by the router's own types: a renamed one no longer compiles. */
export type ActionName<R extends Resource, K extends 'query' | 'mutation'> = {
  [A in keyof Procedures[R]]: Procedures[R][A] extends { _def: { type: K } } ? A : never;
}[keyof Procedures[R]] & string;
/** What `<resource>.<action>` takes and answers (a union over a union of actions). */
export type ActionInput<R extends Resource, A extends string> = A extends keyof Inputs[R] ? Inputs[R][A] : never;
export type ActionOutput<R extends Resource, A extends string> = A extends keyof Outputs[R] ? Outputs[R][A] : never;

/** The slice of tRPC's untyped client the dataProvider needs; tests pass a fake. */
export type ProcedureCaller = {
  query(path: string, input?: unknown, opts?: CallOptions): Promise<unknown>;
  mutation(path: string, input?: unknown, opts?: CallOptions): Promise<unknown>;
};

export type VigieDataProvider = DataProvider & {
  /** A domain action (a tRPC mutation) beside CRUD, e.g. `callAction('staff', 'resetPassword', {id, password})`. */
  callAction<R extends Resource, A extends ActionName<R, 'mutation'>>(
    resource: R,
    action: A,
    input: ActionInput<R, A>,
  ): Promise<ActionOutput<R, A>>;
  /** A domain read (a tRPC query), e.g. `readAction('learners', 'getPhoto', {id})`: audited like any read. */
  readAction<R extends Resource, A extends ActionName<R, 'query'>>(
    resource: R,
    action: A,
    input: ActionInput<R, A>,
    signal?: AbortSignal,
  ): Promise<ActionOutput<R, A>>;
};

type Params = { meta?: unknown; signal?: AbortSignal };

/**
 * Maps react-admin's calls onto `<resource>.<method>` procedures. The params travel unchanged but
 * for `meta` (client-side hints) and `signal` (handed to fetch); Dates become ISO strings in JSON.
 */
export function createDataProvider(client: ProcedureCaller): VigieDataProvider {
  async function call(kind: 'query' | 'mutation', path: string, input: unknown, signal?: AbortSignal) {
    try {
      return await client[kind](path, input, signal ? { signal } : undefined);
    } catch (error) {
      throw toHttpError(error);
    }
  }
  const forward = (kind: 'query' | 'mutation', method: string) => (resource: string, params: Params) => {
    const { meta: _meta, signal, ...input } = params;
    // The server answers in react-admin's shapes ({data, total}, {data}...) by contract (interface.md);
    // `never` lets this one function stand for every method's result type.
    return call(kind, `${resource}.${method}`, input, signal) as Promise<never>;
  };

  return {
    supportAbortSignal: true,
    getList: forward('query', 'getList'),
    getOne: forward('query', 'getOne'),
    getMany: forward('query', 'getMany'),
    getManyReference: forward('query', 'getManyReference'),
    create: forward('mutation', 'create'),
    update: forward('mutation', 'update'),
    updateMany: forward('mutation', 'updateMany'),
    delete: forward('mutation', 'delete'),
    deleteMany: forward('mutation', 'deleteMany'),
    // The router's output type, which its output schema holds the server to, is what comes back.
    callAction: (resource, action, input) => call('mutation', `${resource}.${action}`, input) as Promise<never>,
    readAction: (resource, action, input, signal) => call('query', `${resource}.${action}`, input, signal) as Promise<never>,
  };
}

/** tRPC's error envelope as react-admin expects it: HttpError with the HTTP status. */
export function toHttpError(error: unknown): unknown {
  if (!isTRPCClientError(error)) return error;
  // react-admin recognises a cancelled query by the DOMException itself, not a wrapper.
  if (error.cause instanceof DOMException && error.cause.name === 'AbortError') return error.cause;
  const data = (error.data ?? {}) as { httpStatus?: number; fields?: Record<string, string[]> };
  const response = error.meta?.['response'] as { status?: number } | undefined;
  const status = data.httpStatus ?? response?.status;
  if (!data.fields) return new HttpError(error.message, status, data);
  // The per-field messages say what to fix ("Caractères non autorisés dans la recherche."), where the
  // envelope's message only names the fields ("Données invalides : filter.q"): notifications show them.
  const message = Object.values(data.fields).flat().join(' ') || error.message;
  return new HttpError(message, status, { ...data, errors: formErrors(data.fields) });
}

/**
 * `body.errors` is where react-admin's forms look for per-field server messages: one string per
 * form field, named as in the record (the server's paths start with the input's `data.`).
 */
function formErrors(fields: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([path, messages]) => [path.replace(/^data\./, ''), messages.join(' ')]),
  );
}
