import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { metrics } from './registry.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * The socket's own address, not `req.ip`: behind a proxy `req.ip` comes from a header anyone can
 * write, so only a scraper on this very machine goes without the token.
 */
function mayScrape(req: Request, token: string | undefined): boolean {
  if (LOOPBACK.has(req.socket.remoteAddress ?? '')) return true;
  const bearer = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
  return Boolean(token && bearer && sameSecret(bearer, token));
}

/** `GET /metrics` in Prometheus's text format, for loopback or the bearer of `VIGIE_METRICS_TOKEN`. */
export function metricsRoute(token: string | undefined) {
  return async (req: Request, res: Response) => {
    if (!mayScrape(req, token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: { message: 'Jeton de supervision requis.', data: { code: 'UNAUTHORIZED', httpStatus: 401 } } });
      return;
    }
    res.set('Content-Type', metrics.contentType).set('Cache-Control', 'no-store').send(await metrics.metrics());
  };
}
