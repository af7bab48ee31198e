import { TRPCClientError } from '@trpc/client';
import { HttpError } from 'react-admin';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createDataProvider, type ProcedureCaller } from './dataProvider.ts';

type Call = { kind: 'query' | 'mutation'; path: string; input: unknown; signal: AbortSignal | undefined };

/** A tRPC client stand-in that records each call and answers `result` (or throws it if an Error). */
function fakeClient(result: unknown = { data: [], total: 0 }) {
  const calls: Call[] = [];
  const answer = (kind: Call['kind']) => async (path: string, input?: unknown, opts?: { signal?: AbortSignal }) => {
    calls.push({ kind, path, input, signal: opts?.signal });
    if (result instanceof Error) throw result;
    return result;
  };
  const client: ProcedureCaller = { query: answer('query'), mutation: answer('mutation') };
  return { client, calls };
}

function trpcError(httpStatus: number, message: string, extra: Record<string, unknown> = {}) {
  return TRPCClientError.from({ error: { code: -32600, message, data: { code: 'X', httpStatus, ...extra } } });
}

describe('dataProvider: procedure calls', () => {
  it('sends getList to the `<resource>.getList` query with the params, minus meta and signal', async () => {
    const { client, calls } = fakeClient();
    const signal = new AbortController().signal;
    const params = { pagination: { page: 2, perPage: 25 }, sort: { field: 'email', order: 'ASC' as const }, filter: { q: 'dup' } };
    const result = await createDataProvider(client).getList('staff', { ...params, meta: { hint: 1 }, signal });
    expect(calls).toEqual([{ kind: 'query', path: 'staff.getList', input: params, signal }]);
    expect(result).toEqual({ data: [], total: 0 });
  });

  it('sends getOne, getMany and getManyReference as queries', async () => {
    const { client, calls } = fakeClient({ data: {} });
    const provider = createDataProvider(client);
    await provider.getOne('staff', { id: 'a' });
    await provider.getMany('staff', { ids: ['a', 'b'] });
    await provider.getManyReference('staff', { target: 'role', id: 'dpo', pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(calls.map(({ kind, path }) => `${kind} ${path}`)).toEqual([
      'query staff.getOne',
      'query staff.getMany',
      'query staff.getManyReference',
    ]);
    expect(calls[1]?.input).toEqual({ ids: ['a', 'b'] });
  });

  it('sends writes as mutations with react-admin’s shapes', async () => {
    const { client, calls } = fakeClient({ data: { id: 'a' } });
    const provider = createDataProvider(client);
    await provider.create('staff', { data: { email: 'x@vigie.test' } });
    await provider.update('staff', { id: 'a', data: { disabled: true }, previousData: { id: 'a', disabled: false } });
    expect(calls).toEqual([
      { kind: 'mutation', path: 'staff.create', input: { data: { email: 'x@vigie.test' } }, signal: undefined },
      { kind: 'mutation', path: 'staff.update', input: { id: 'a', data: { disabled: true }, previousData: { id: 'a', disabled: false } }, signal: undefined },
    ]);
  });

  it('sends a domain action to `<resource>.<action>` with its input untouched', async () => {
    const { client, calls } = fakeClient({ data: { id: 'a' } });
    await createDataProvider(client).callAction('staff', 'resetPassword', { id: 'a', password: 'long enough pass' });
    expect(calls).toEqual([{ kind: 'mutation', path: 'staff.resetPassword', input: { id: 'a', password: 'long enough pass' }, signal: undefined }]);
  });

  it('sends a domain read to `<resource>.<action>` as a query, with the abort signal', async () => {
    const { client, calls } = fakeClient({ data: { id: 'a' } });
    const signal = new AbortController().signal;
    await createDataProvider(client).readAction('learners', 'getPhoto', { id: 'a' }, signal);
    expect(calls).toEqual([{ kind: 'query', path: 'learners.getPhoto', input: { id: 'a' }, signal }]);
  });
});

describe('dataProvider: actions typed by the router', () => {
  it('takes only mutations in callAction and queries in readAction, with their inputs, and answers their outputs', async () => {
    const { client } = fakeClient({ data: { id: 'a', mimeType: 'image/png', base64: '' } });
    const provider = createDataProvider(client);
    // @ts-expect-error `getPhoto` is a query, not an action
    await provider.callAction('learners', 'getPhoto', { id: 'a' });
    // @ts-expect-error `resetPassword` is a mutation, not a read
    await provider.readAction('staff', 'resetPassword', { id: 'a', password: 'long enough pass' });
    // @ts-expect-error no such procedure
    await provider.readAction('learners', 'getPhotos', { id: 'a' });
    // @ts-expect-error `getPhoto` takes `{ id }`
    await provider.readAction('learners', 'getPhoto', { learnerId: 'a' });
    const photo = await provider.readAction('learners', 'getPhoto', { id: 'a' });
    expectTypeOf(photo.data.base64).toEqualTypeOf<string>();
  });
});

describe('dataProvider: errors', () => {
  it.each([
    [401, 'Session absente ou expirée.'],
    [403, 'Accès refusé.'],
    [400, "Motif d'accès manquant : choisissez un motif."],
  ])('turns a tRPC error with httpStatus %i into an HttpError with that status and message', async (status, message) => {
    const { client } = fakeClient(trpcError(status, message));
    const failure = createDataProvider(client).getList('staff', {});
    await expect(failure).rejects.toBeInstanceOf(HttpError);
    await expect(failure).rejects.toMatchObject({ status, message });
  });

  it('hands per-field server errors to react-admin forms as body.errors', async () => {
    const { client } = fakeClient(trpcError(400, 'Données invalides', { fields: { 'data.email': ['Déjà pris.'] } }));
    await expect(createDataProvider(client).create('staff', { data: {} })).rejects.toMatchObject({
      status: 400,
      body: { errors: { email: 'Déjà pris.' } },
    });
  });

  it("says what to fix in the error message when the server names fields, not only which fields", async () => {
    const { client } = fakeClient(
      trpcError(400, 'Données invalides : filter.q', { fields: { 'filter.q': ['Caractères non autorisés dans la recherche.'] } }),
    );
    await expect(createDataProvider(client).getList('learners', {})).rejects.toMatchObject({
      status: 400,
      message: 'Caractères non autorisés dans la recherche.',
    });
  });

  it('lets a cancelled request surface as the AbortError react-admin ignores', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    const { client } = fakeClient(TRPCClientError.from(abort));
    await expect(createDataProvider(client).getOne('staff', { id: 'a' })).rejects.toBe(abort);
  });
});
