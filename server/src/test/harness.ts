import { randomUUID } from 'node:crypto';
import type { StaffRole } from '@vigie/domain/roles';
import { schema } from '@vigie/db';
import { openTestDatabase } from '@vigie/db/testing';
import { hashPassword } from '../auth/passwords.ts';
import { createLoginThrottle, defaultThrottlePolicy, type ThrottlePolicy } from '../auth/throttle.ts';
import { loadConfig } from '../config.ts';
import { createContext, type RequestInfo, type Services } from '../context.ts';
import { appRouter } from '../router.ts';
import { createCallerFactory } from '../trpc.ts';

const createCaller = createCallerFactory(appRouter);

/**
 * The purpose a test's call is made under unless it names one: one the register offers the role, and
 * whose activity covers what that role's tests read (the administrator's are fraud cases).
 */
const testPurpose: Record<StaffRole, string> = {
  agent: 'learner_request',
  dpo: 'dsr',
  admin: 'fraud_investigation',
  manager: 'quality',
};

export const TEST_PASSWORD = 'correct horse battery staple';
// One hash for every test account: argon2 at OWASP cost is ~50 ms a run.
const passwordHash = hashPassword(TEST_PASSWORD);

export interface CallOptions {
  token?: string | null;
  purpose?: string | null;
  purposeRef?: string | null;
  ip?: string;
}

/** A test's world: its own database, a clock it can move, and callers for signed-in staff. */
export async function createHarness(options: { throttle?: Partial<ThrottlePolicy>; freshDatabase?: boolean } = {}) {
  const database = await openTestDatabase({ fresh: options.freshDatabase ?? false });
  const clock = { now: new Date() };
  // The server under test runs as the run-time role; fixtures and checks use the owner's handle.
  const owner = database.owner();
  const services: Services = {
    db: database.db,
    databaseKind: database.kind,
    readAs: database.readAs,
    config: loadConfig({ NODE_ENV: 'test' }),
    now: () => clock.now,
    throttle: createLoginThrottle(database.db, { ...defaultThrottlePolicy, ...options.throttle }),
  };

  const roles = new Map<string, StaffRole>();
  const defaultPurposeOf = (token: string | null | undefined) => {
    const role = token ? roles.get(token) : undefined;
    return role ? testPurpose[role] : 'administration';
  };

  function caller(call: CallOptions = {}) {
    const cookies: { set: string[]; cleared: number } = { set: [], cleared: 0 };
    const request: RequestInfo = {
      requestId: randomUUID(),
      ip: call.ip ?? '192.0.2.10',
      userAgent: 'vitest',
      purposeCode: call.purpose === undefined ? defaultPurposeOf(call.token) : call.purpose,
      purposeRef: call.purposeRef ?? null,
      sessionToken: call.token ?? null,
    };
    const jar = { set: (token: string) => cookies.set.push(token), clear: () => (cookies.cleared += 1) };
    return { api: createCaller(() => createContext(services, request, jar)), cookies, request };
  }

  async function staffMember(role: StaffRole, overrides: Partial<typeof schema.staffUsers.$inferInsert> = {}) {
    const email = `${role}-${randomUUID()}@test.vigie`;
    const [row] = await owner
      .insert(schema.staffUsers)
      .values({ email, displayName: `Test ${role}`, role, passwordHash: await passwordHash, ...overrides })
      .returning();
    if (!row) throw new Error('staff not created');
    roles.set(row.email, row.role);
    return row;
  }

  async function signIn(email: string, call: CallOptions = {}) {
    const { api, cookies } = caller(call);
    await api.auth.login({ email, password: TEST_PASSWORD });
    const token = cookies.set.at(-1);
    if (!token) throw new Error('no session cookie');
    const role = roles.get(email);
    if (role) roles.set(token, role);
    return token;
  }

  /** A signed-in staff member of this role and a caller acting as them. */
  async function as(role: StaffRole, call: CallOptions = {}) {
    const member = await staffMember(role);
    const token = await signIn(member.email);
    return { member, token, ...caller({ ...call, token }) };
  }

  return { database, owner, services, clock, caller, staffMember, signIn, as, close: () => database.close() };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;
