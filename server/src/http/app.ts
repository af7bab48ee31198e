import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { answerExtract, EXTRACT_PATH } from '../audit/extract.ts';
import { decodePurposeRef } from '@vigie/domain/purpose-ref';
import { PURPOSE_HEADER, PURPOSE_REF_HEADER } from '../audit/purpose.ts';
import { createContext, type RequestInfo, type Services } from '../context.ts';
import { PHOTO_MAX_BASE64 } from '../learners/photo.ts';
import { logger } from '../logger.ts';
import { CONTRACT_MAX_BASE64 } from '../processors/contract.ts';
import { type AppRouter, appRouter } from '../router.ts';
import { watchChain } from '../metrics/chain.ts';
import { metricsRoute } from '../metrics/route.ts';
import { PLATFORM_PATH, platformRoute } from '../platform/route.ts';
import { healthOf } from './health.ts';
import { accessLog, jsonErrors, limitQueryInput, noStore, requireCsrfHeader, requireJsonBody } from './guards.ts';
import { jsonDepth, MAX_JSON_DEPTH, TooDeep } from './json-depth.ts';
import { readSessionToken, sessionCookies } from './session-cookie.ts';
import { trpcHandler } from './trpc-handler.ts';

const header = (req: Request, name: string) => req.get(name)?.trim() || null;

// Files travel as base64 in their JSON body: the two uploads get room for their file (a 2 MB photo, a
// 10 MB signed contract), all other procedures stay small.
// Nesting is checked on the raw bytes, before anything parses or walks them.
const verify = (_req: unknown, _res: unknown, body: Buffer) => {
  if (jsonDepth(body.toString('utf8')) > MAX_JSON_DEPTH) throw new TooDeep();
};
const smallJson = express.json({ limit: '100kb', verify });
const uploads = new Map([
  ['/learners.uploadPhoto', express.json({ limit: PHOTO_MAX_BASE64 + 1024, verify })],
  ['/processors.uploadContract', express.json({ limit: CONTRACT_MAX_BASE64 + 1024, verify })],
]);
const jsonBody: RequestHandler = (req, res, next) => (uploads.get(req.path) ?? smallJson)(req, res, next);

const requestInfoOf = (req: Request, res: Response): RequestInfo => ({
  requestId: res.locals.requestId as string,
  ip: req.ip ?? null,
  userAgent: header(req, 'user-agent'),
  purposeCode: header(req, PURPOSE_HEADER),
  purposeRef: decodePurposeRef(header(req, PURPOSE_REF_HEADER)),
  sessionToken: readSessionToken(req),
});

/**
 * Node refuses a request line and headers over 16 KB with its own 431 before any code runs; a query's
 * input travels in the URL, so the limit is raised and an input too long gets the API's own 413.
 */
export const createHttpServer = (app: Express) => createServer({ maxHeaderSize: 64 * 1024 }, app);

/** The API and health check; the SPA is mounted after it by the caller. */
export function createApi(services: Services, router: AppRouter = appRouter): Express {
  const { config } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ?? false);
  app.use((_req, res, next) => {
    res.locals.requestId = randomUUID();
    res.set('x-request-id', res.locals.requestId);
    next();
  });
  // Vite's development client injects inline scripts; the built SPA needs none.
  app.use(helmet({ contentSecurityPolicy: config.env === 'development' ? false : undefined }));

  app.get('/healthz', async (_req, res) => {
    const health = await healthOf(services);
    res.status(health.status === 'ok' ? 200 : 503).set('Cache-Control', 'no-store').json(health);
  });
  app.get('/metrics', metricsRoute(config.metricsToken));
  app.get(PLATFORM_PATH, platformRoute(services));
  watchChain(services.db);

  const logged = accessLog(new Set([...Object.keys(router._def.procedures), EXTRACT_PATH.slice(1)]));
  app.use(
    '/trpc',
    logged,
    noStore,
    requireCsrfHeader,
    requireJsonBody,
    limitQueryInput,
    jsonBody,
    jsonErrors,
    trpcHandler({
      router,
      maxBatchSize: 10,
      createContext: (req, res) =>
        createContext(services, requestInfoOf(req, res), sessionCookies(req, res, config.session.maxMs)),
      onError({ error, path, ctx }) {
        // Codes and paths only: messages of database errors can quote personal values.
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          logger.error({ path, requestId: ctx?.request.requestId, err: error.cause?.name }, 'procedure failed');
        }
      },
    }),
  );

  // The audit extract is a stream, not a procedure's value: same guards, same audit, plain CSV.
  app.get(EXTRACT_PATH, logged, noStore, requireCsrfHeader, async (req, res) => {
    try {
      const ctx = await createContext(services, requestInfoOf(req, res), sessionCookies(req, res, config.session.maxMs));
      await answerExtract(ctx, req.query, res);
    } catch (error) {
      logger.error({ path: EXTRACT_PATH, requestId: res.locals.requestId, err: (error as Error).name }, 'extract failed');
      if (res.headersSent) res.destroy();
      else res.status(500).json({ error: { message: 'Erreur interne du serveur.', data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 } } });
    }
  });
  return app;
}
