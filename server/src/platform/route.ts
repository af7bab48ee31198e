import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Services } from '../context.ts';
import { logger } from '../logger.ts';
import { blockedLearnerIds } from './blocked-learners.ts';

export const PLATFORM_PATH = '/platform/blocked-learners';

// Digests of equal length, so that the comparison takes the same time whatever the length given.
const digest = (text: string) => createHash('sha256').update(text).digest();
const sameSecret = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

const failure = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ error: { message, data: { code, httpStatus: status } } });

/**
 * `GET /platform/blocked-learners` for the learner platform, with `Authorization: Bearer
 * <VIGIE_PLATFORM_TOKEN>`: `{"learnerIds": [...]}`. Without a configured token the endpoint does not
 * exist (404); a wrong or missing token gets 401 and reads nothing.
 */
export function platformRoute(services: Services) {
  const token = services.config.platformToken;
  return async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    if (!token) return failure(res, 404, 'NOT_FOUND', 'Ressource introuvable.');
    const bearer = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    if (!bearer || !sameSecret(bearer, token)) {
      res.set('WWW-Authenticate', 'Bearer');
      return failure(res, 401, 'UNAUTHORIZED', 'Jeton de la plate-forme requis.');
    }
    try {
      const origin = {
        requestId: String(res.locals.requestId),
        ip: req.ip ?? null,
        userAgent: req.get('user-agent') ?? null,
        staffId: null,
        role: 'platform',
        sessionHash: null,
      };
      res.json({ learnerIds: await blockedLearnerIds(services.db, origin) });
    } catch (error) {
      logger.error({ path: PLATFORM_PATH, requestId: res.locals.requestId, err: (error as Error).name }, 'platform list failed');
      failure(res, 503, 'SERVICE_UNAVAILABLE', 'Service momentanément indisponible.');
    }
  };
}
