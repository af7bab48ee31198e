import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { SessionCookies } from '../context.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Secure everywhere but on the developer's own machine, where there is no TLS. */
export function isSecureRequest(req: Request): boolean {
  return req.secure || !LOCAL_HOSTS.has(req.hostname);
}

/** `__Host-` binds the cookie to this exact origin over TLS; it needs Secure, so not on localhost. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-vigie_session' : 'vigie_session';
}

export function readSessionToken(req: Request): string | null {
  const cookies = parse(req.headers.cookie ?? '');
  return cookies[sessionCookieName(isSecureRequest(req))] ?? null;
}

export function sessionCookies(req: Request, res: Response, maxAgeMs: number): SessionCookies {
  const secure = isSecureRequest(req);
  const name = sessionCookieName(secure);
  const write = (value: string, maxAge: number) =>
    res.append(
      'Set-Cookie',
      serialize(name, value, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge }),
    );
  return {
    set: (token) => write(token, Math.floor(maxAgeMs / 1000)),
    clear: () => write('', 0),
  };
}
