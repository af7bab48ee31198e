import { isTRPCClientError } from '@trpc/client';
import { type DataProvider, HttpError } from 'react-admin';

type CallOptions = { signal?: AbortSignal };

/** The slice of tRPC's untyped client the dataProvider needs; tests pass a fake. */
export type ProcedureCaller = {
  query(path: string, input?: unknown, opts?: CallOptions): Promise<unknown>;
  mutation(path: string, input?: unknown, opts?: CallOptions): Promise<unknown>;
};

export type VigieDataProvider = DataProvider & {
  /** A domain action beside the CRUD methods, e.g. `callAction('staff', 'resetPassword', {id, password})`. */
  callAction(resource: string, action: string, input: unknown): Promise<unknown>;
  /** A domain read (a tRPC query), e.g. `readAction('learners', 'getPhoto', {id})`: audited like any read. */
  readAction(resource: string, action: string, input: unknown, signal?: AbortSignal): Promise<unknown>;
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
    callAction: (resource, action, input) => call('mutation', `${resource}.${action}`, input),
    readAction: (resource, action, input, signal) => call('query', `${resource}.${action}`, input, signal),
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
