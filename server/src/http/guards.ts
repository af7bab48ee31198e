import type { NextFunction, Request, Response } from 'express';
import { logger } from '../logger.ts';
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

/** A query's input travels in the URL (`?input=`): the same nesting limit as a body's. */
export function limitQueryInput(req: Request, res: Response, next: NextFunction) {
  const input = req.query.input;
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

/** One line per API call: ids, procedure, status and time; never the query string (it holds the input). */
export function accessLog(req: Request, res: Response, next: NextFunction) {
  const started = performance.now();
  res.on('finish', () => {
    logger.info(
      {
        requestId: res.locals.requestId,
        method: req.method,
        procedure: req.path.slice(1),
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      },
      'api',
    );
  });
  next();
}
