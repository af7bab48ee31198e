import type { StaffRole } from '@vigie/domain/roles';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { seesRestrictedLearners } from '@vigie/domain/access';
import { type AuditNotes, type Disclosure, describeDisclosure } from './audit/disclosure.ts';
import { recordAuditEvent } from './audit/events.ts';
import { requirePurpose } from './audit/purpose.ts';
import { type Context, originOf } from './context.ts';
import { FieldErrors, RetryAfter } from './errors.ts';
import { RESTRICTED_MESSAGE, RestrictedRefusal, withholdRestricted } from './learners/restriction.ts';

// ---- Context and metadata -------------------------------------------------------------------------

export interface ProcedureMeta {
  /** Who may call: deny by default, so every procedure builder below sets it. */
  access: 'public' | 'signed-in' | readonly StaffRole[];
  /** Set when the output carries personal data: the gateway audits every call. */
  audit?: Disclosure;
  /** Personal data of the caller's own account only (`auth.me`): not a disclosure to anyone else. */
  ownAccount?: true;
}

// ---- Initialisation -------------------------------------------------------------------------------

const isDev = (process.env.NODE_ENV ?? 'development') === 'development';

function fieldsOf(cause: unknown): Record<string, string[]> | undefined {
  if (cause instanceof FieldErrors) return cause.fields;
  if (!(cause instanceof ZodError)) return undefined;
  const fields: Record<string, string[]> = {};
  for (const issue of cause.issues) (fields[issue.path.join('.') || '(input)'] ??= []).push(issue.message);
  return fields;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    isDev,
    errorFormatter({ shape, error }) {
      const fields = fieldsOf(error.cause);
      // Database errors can quote the values they choke on: never send them out.
      const message =
        error.code === 'INTERNAL_SERVER_ERROR' && !isDev ? 'Erreur interne du serveur.' : shape.message;
      return {
        ...shape,
        message: fields && error.cause instanceof ZodError ? `Données invalides : ${Object.keys(fields).join(', ')}` : message,
        data: {
          ...shape.data,
          ...(fields ? { fields } : {}),
          ...(error.cause instanceof RetryAfter ? { retryAfterSeconds: error.cause.seconds } : {}),
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// ---- Procedures by role ---------------------------------------------------------------------------

const enforceAccess = t.middleware(async ({ ctx, meta, path, next }) => {
  const access = meta?.access;
  if (!ctx.staff) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Session absente ou expirée.' });
  if (access === undefined || (access !== 'signed-in' && !access.includes(ctx.staff.role))) {
    await recordAuditEvent(ctx.db, originOf(ctx), {
      action: 'denied',
      outcome: 'denied',
      procedure: path,
      ...(meta?.audit ? { entity: meta.audit.entity } : {}),
    });
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Accès refusé.' });
  }
  return next({ ctx: { staff: ctx.staff } });
});

/**
 * The audited gateway: the read, the audit row and the commit happen in one transaction, before the
 * answer leaves. If the row cannot be written, the caller gets an error and no data.
 */
const auditedGateway = t.middleware(async ({ ctx, meta, path, getRawInput, next }) => {
  const disclosure = meta?.audit;
  if (!disclosure) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'No disclosure declared' });
  const purpose = await requirePurpose(ctx.db, disclosure.purpose ?? ctx.request.purposeCode, ctx.request.purposeRef);
  const keptOut = !ctx.staff || !seesRestrictedLearners.includes(ctx.staff.role);
  try {
    return await ctx.db.transaction(async (tx) => {
      const audit: AuditNotes = {};
      const result = await next({ ctx: { db: tx, audit } });
      if (!result.ok) throw result.error;
      const input = await getRawInput();
      // A refusal here rolls back whatever the procedure wrote: a restricted learner is never changed either.
      const data = keptOut ? await withholdRestricted(tx, disclosure, input, result.data) : result.data;
      const event = describeDisclosure(disclosure, input, data, audit);
      await recordAuditEvent(tx, originOf(ctx), {
        ...event,
        procedure: path,
        purposeCode: purpose.code,
        purposeRef: audit.purposeRef ?? purpose.ref,
        outcome: 'success',
      });
      return { ...result, data };
    });
  } catch (error) {
    if (!(error instanceof RestrictedRefusal)) throw error;
    await recordAuditEvent(ctx.db, originOf(ctx), {
      action: 'denied',
      outcome: 'denied',
      procedure: path,
      entity: disclosure.entity,
      subjectIds: error.subjectIds,
      purposeCode: purpose.code,
      purposeRef: purpose.ref,
      details: { reason: 'restricted' },
    });
    throw new TRPCError({ code: 'FORBIDDEN', message: RESTRICTED_MESSAGE });
  }
});

export const publicProcedure = t.procedure.meta({ access: 'public' });

export const signedInProcedure = t.procedure.meta({ access: 'signed-in' }).use(enforceAccess);

export function rolesProcedure(roles: readonly StaffRole[]) {
  return t.procedure.meta({ access: roles }).use(enforceAccess);
}

/** For every procedure whose output carries declared personal-data columns. */
export function personalDataProcedure(roles: readonly StaffRole[], disclosure: Disclosure) {
  return rolesProcedure(roles).meta({ access: roles, audit: disclosure }).use(auditedGateway);
}
