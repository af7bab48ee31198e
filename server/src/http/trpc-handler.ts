import type { AnyTRPCRouter } from '@trpc/server';
import { type FetchHandlerRequestOptions, fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Request, RequestHandler } from 'express';

type Options<TRouter extends AnyTRPCRouter> = Omit<FetchHandlerRequestOptions<TRouter>, 'req' | 'createContext' | 'endpoint'> & {
  createContext: (req: Request, res: Parameters<RequestHandler>[1]) => ReturnType<NonNullable<FetchHandlerRequestOptions<TRouter>['createContext']>>;
};

/**
 * tRPC's fetch handler behind express, answering in one write. The express adapter streams even a
 * small JSON answer through a WritableStream, chunked, in two socket writes (dear on a VM, where the
 * bench's profile puts socket writes first), and gives each request an AbortController. Our answers
 * are plain JSON (`httpLink`, no streams or subscriptions), so the body is read whole and sent with its
 * length. express has already parsed the JSON body (size and depth limits): it is handed on as text.
 */
export function trpcHandler<TRouter extends AnyTRPCRouter>(options: Options<TRouter>): RequestHandler {
  const { createContext, ...rest } = options;
  return async (req, res, next) => {
    try {
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
      });
      const body = Buffer.from(await response.arrayBuffer());
      res.statusCode = response.status;
      for (const [name, value] of response.headers) {
        if (name !== 'set-cookie') res.setHeader(name, value);
      }
      res.setHeader('content-length', body.length);
      res.end(body);
    } catch (error) {
      next(error);
    }
  };
}
