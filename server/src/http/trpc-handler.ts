import type { AnyTRPCProcedure, AnyTRPCRouter, TRPCError } from '@trpc/server';
import { type FetchHandlerRequestOptions, fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getErrorShape, getHTTPStatusCode, getTRPCErrorFromUnknown } from '@trpc/server/unstable-core-do-not-import';
import type { Request, RequestHandler, Response } from 'express';

type Context<TRouter extends AnyTRPCRouter> = TRouter['_def']['_config']['$types']['ctx'];
type FetchOptions<TRouter extends AnyTRPCRouter> = Omit<FetchHandlerRequestOptions<TRouter>, 'req' | 'createContext' | 'endpoint' | 'onError'>;
type Options<TRouter extends AnyTRPCRouter> = FetchOptions<TRouter> & {
  createContext: (req: Request, res: Response) => Promise<Context<TRouter>>;
  /** Told of every error answered, as tRPC's own `onError` is (without the web request, which a plain call has not). */
  onError?: (opts: { error: TRPCError; path: string | undefined; ctx: Context<TRouter> | undefined }) => void;
};

const METHOD_OF = { query: 'GET', mutation: 'POST' } as const;

interface PlainCall {
  path: string;
  procedure: AnyTRPCProcedure;
  type: 'query' | 'mutation';
  input: unknown;
}

/**
 * A single call as the SPA makes them (`httpLink`, plain JSON): a procedure by its path, its method, its
 * input in `?input=` or the body express parsed. Anything else (a batch, an unknown path, a wrong method,
 * input that is not JSON) is left to tRPC's own handler, which answers it as it always has.
 */
function plainCall(router: AnyTRPCRouter, req: Request): PlainCall | null {
  if (req.query.batch !== undefined) return null;
  const path = req.path.slice(1);
  const procedure = (router._def.procedures as Record<string, AnyTRPCProcedure | undefined>)[path];
  const type = procedure?._def.type;
  if (!procedure || (type !== 'query' && type !== 'mutation') || req.method !== METHOD_OF[type]) return null;
  // A mutation without a body is tRPC's to refuse (it finds no JSON to read).
  if (type === 'mutation') return req.body === undefined ? null : { path, procedure, type, input: req.body };
  const raw = req.query.input;
  if (raw === undefined) return { path, procedure, type, input: undefined };
  if (typeof raw !== 'string') return null;
  try {
    return { path, procedure, type, input: JSON.parse(raw) as unknown };
  } catch {
    return null;
  }
}

function sendJson(res: Response, status: number, body: unknown) {
  const json = Buffer.from(JSON.stringify(body));
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.setHeader('vary', 'trpc-accept, accept');
  res.setHeader('content-length', json.length);
  res.end(json);
}

/**
 * tRPC behind express. A plain call goes straight to its procedure, as tRPC's handler would call it, and
 * is answered in one write; the fetch handler would first build a web `Request`, an AbortSignal and a
 * `Response` around it (about 15 % of the server's time for `auth.me` in `pnpm bench profile`). Every
 * other request goes through `fetchRequestHandler`, its whole body sent with its length in one write.
 */
export function trpcHandler<TRouter extends AnyTRPCRouter>(options: Options<TRouter>): RequestHandler {
  const { createContext, onError, router } = options;
  const config = router._def._config;
  return async (req, res, next) => {
    const call = plainCall(router, req);
    if (!call) {
      viaFetchHandler(options, req, res).catch(next);
      return;
    }
    const { path, procedure, type, input } = call;
    let ctx: Context<TRouter> | undefined;
    try {
      ctx = await createContext(req, res);
      const data: unknown = await procedure({ path, getRawInput: async () => input, ctx, type, signal: undefined, batchIndex: 0 });
      sendJson(res, 200, { result: { data } });
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      onError?.({ error, path, ctx });
      const shape = getErrorShape({ config, ctx, error, input, path, type });
      const body = { error: shape };
      sendJson(res, getHTTPStatusCode(body), body);
    }
  };
}

async function viaFetchHandler<TRouter extends AnyTRPCRouter>(options: Options<TRouter>, req: Request, res: Response) {
  const { createContext, ...rest } = options;
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const request = new globalThis.Request(`http://vigie${req.originalUrl}`, {
    method: req.method,
    headers: req.headers as Record<string, string>,
    ...(hasBody ? { body: req.body === undefined ? '' : JSON.stringify(req.body) } : {}),
  });
  const response = await fetchRequestHandler({
    ...rest,
    req: request,
    endpoint: req.baseUrl,
    createContext: () => createContext(req, res),
  } as FetchHandlerRequestOptions<TRouter>);
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  res.setHeader('content-length', body.length);
  res.end(body);
}
