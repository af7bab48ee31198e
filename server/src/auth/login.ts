import { type schema, selectRows } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/events.ts';
import { type Context, originOf } from '../context.ts';
import { RetryAfter } from '../errors.ts';
import { verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';

interface Account {
  id: string;
  email: string;
  display_name: string;
  role: schema.StaffUser['role'];
  password_hash: string;
  disabled: boolean;
}

// One answer for an unknown email, a wrong password and a disabled account.
const invalidCredentials = () =>
  new TRPCError({ code: 'UNAUTHORIZED', message: 'Identifiants invalides.' });

/** Sign-in: throttle first (argon2 is costly), then verify, then a brand-new session. */
export async function signIn(ctx: Context, email: string, password: string) {
  const { db, services } = ctx;
  const ip = ctx.request.ip;
  // The owner's function answers for the one e-mail typed: the run-time role reads no staff e-mail itself.
  const [account] = await selectRows<Account>(db, sql`SELECT * FROM vigie_staff_sign_in(${email.toLowerCase()})`);
  const failed = (reason: string) =>
    recordAuditEvent(db, originOf(ctx), {
      action: 'login_failed',
      outcome: 'failure',
      ...(account ? { subjectIds: [`staff:${account.id}`], entity: 'staff', entityIds: [account.id] } : {}),
      details: { reason },
    });

  const wait = await services.throttle.waitSeconds(email, ip);
  if (wait > 0) {
    await failed('throttled');
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `Trop de tentatives : réessayez dans ${Math.ceil(wait / 60)} minute(s).`,
      cause: new RetryAfter(wait),
    });
  }
  const valid = await verifyPassword(account?.password_hash, password);
  if (!account || !valid || account.disabled) {
    await services.throttle.recordFailure(email, ip);
    await failed(!account ? 'unknown_account' : account.disabled ? 'disabled' : 'bad_password');
    throw invalidCredentials();
  }
  await services.throttle.recordSuccess(email);
  const session = await createSession(db, account.id, services.now(), services.config.session);
  ctx.cookies.set(session.token);
  const actor = { staffId: account.id, role: account.role, sessionHash: session.tokenHash };
  await recordAuditEvent(db, originOf(ctx, actor), {
    action: 'login',
    outcome: 'success',
    entity: 'staff',
    entityIds: [account.id],
    subjectIds: [`staff:${account.id}`],
  });
  return { id: account.id, email: account.email, displayName: account.display_name, role: account.role };
}
