import type { NextFunction, Request, Response } from 'express';
import { logger } from '../logger.ts';
import { requestSeconds, requests } from '../metrics/registry.ts';
import { jsonDepth, MAX_JSON_DEPTH, TooDeep } from './json-depth.ts';

export const CSRF_HEADER = 'x-vigie-csrf';

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { message, data: { code, httpStatus: status } } });
}

/**
 * `x-vigie-csrf` is not a header a cross-site form or fetch may send without a CORS preflight, and
 * the server answers no preflight: a request without it is refused before anything runs.
 */
export function requireCsrfHeader(req: Request, res: Response, next: NextFunction) {
  if (req.get(CSRF_HEADER) !== '1') {
    refuse(res, 403, 'FORBIDDEN', `En-tête ${CSRF_HEADER} manquant : requête refusée.`);
    return;
  }
  next();
}

/** Mutations arrive as JSON, nothing else. */
export function requireJsonBody(req: Request, res: Response, next: NextFunction) {
  if (req.method === 'POST' && !req.is('application/json')) {
    refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Le corps de la requête doit être du JSON.');
    return;
  }
  next();
}

// Far more than any screen sends (a search box holds 100 characters); a body may be larger.
const MAX_QUERY_INPUT = 8 * 1024;

/** A query's input travels in the URL (`?input=`): a length limit, and the same nesting limit as a body's. */
export function limitQueryInput(req: Request, res: Response, next: NextFunction) {
  const input = req.query.input;
  if (typeof input === 'string' && input.length > MAX_QUERY_INPUT) {
    refuse(res, 413, 'PAYLOAD_TOO_LARGE', 'Requête trop longue.');
    return;
  }
  if (typeof input === 'string' && jsonDepth(input) > MAX_JSON_DEPTH) {
    refuse(res, 400, 'BAD_REQUEST', 'Requête invalide : données trop imbriquées.');
    return;
  }
  next();
}

/** Answers from the API hold personal data: no cache may keep them. */
export function noStore(_req: Request, res: Response, next: NextFunction) {
  res.set('Cache-Control', 'no-store');
  next();
}

/** Body-parser errors (malformed or oversized JSON) as a JSON error, without a stack. */
export function jsonErrors(error: unknown, _req: Request, res: Response, next: NextFunction) {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status >= 500) {
    next(error);
    return;
  }
  const message = error instanceof TooDeep ? 'Requête invalide : données trop imbriquées.' : 'Requête invalide.';
  refuse(res, status, status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message);
}

/**
 * One JSON line and one measure per API call: id, procedure, status and time; never the query string
 * (a query's input travels in it), the body, a cookie or an address. A path that is no procedure is
 * named `(unknown)`, so a scanner cannot fill the log or the metrics with made-up names.
 */
export function accessLog(procedures: ReadonlySet<string>) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    res.on('finish', () => {
      const path = `${req.baseUrl}${req.path}`.replace(/^\/(trpc\/)?/, '');
      const procedure = procedures.has(path) ? path : '(unknown)';
      const seconds = (performance.now() - started) / 1000;
      requests.inc({ procedure, status: String(res.statusCode) });
      requestSeconds.observe({ procedure }, seconds);
      logger.info(
        { requestId: res.locals.requestId, method: req.method, procedure, status: res.statusCode, ms: Math.round(seconds * 1000) },
        'api',
      );
    });
    next();
  };
}
