import { randomUUID } from 'node:crypto';
import type { VigieDatabase } from '@vigie/db';
import { createLoginThrottle } from '../src/auth/throttle.ts';
import { loadConfig } from '../src/config.ts';
import { createContext, type Services } from '../src/context.ts';
import { appRouter } from '../src/router.ts';
import { createCallerFactory } from '../src/trpc.ts';

/** The API as one signed-in staff member, through the real procedures (policy, audit, drizzle) but no HTTP. */
export async function signedInCaller(database: VigieDatabase, email: string, password: string, purpose: { code: string; ref: string }) {
  const services: Services = {
    db: database.db,
    databaseKind: database.kind,
    readAs: database.readAs,
    config: loadConfig({ NODE_ENV: 'test' }),
    now: () => new Date(),
    throttle: createLoginThrottle(database.db),
  };
  let token = '';
  const request = { ip: '127.0.0.1', userAgent: 'bench', purposeCode: purpose.code, purposeRef: purpose.ref };
  const jar = { set: (t: string) => void (token = t), clear: () => {} };
  const caller = (sessionToken: string | null) =>
    createCallerFactory(appRouter)(() => createContext(services, { ...request, requestId: randomUUID(), sessionToken }, jar));
  await caller(null).auth.login({ email, password });
  return caller(token);
}
