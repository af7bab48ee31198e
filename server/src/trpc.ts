import type { Database } from '@vigie/db';
import type { StaffRole } from '@vigie/domain/roles';
import { initTRPC, TRPCError } from '@trpc/server';
import './zod-locale.ts';
import type { z } from 'zod';
import { seesRestrictedLearners } from '@vigie/domain/access';
import { type Disclosure, describeDisclosure } from './audit/disclosure.ts';
import { appendAuditRows } from './audit/appender.ts';
import { type AuditEventInput, auditRowOf, recordAuditEvent } from './audit/events.ts';
import { inGateway, readInGateway } from './audit/gateway.ts';
import { checkPurpose, PurposeRefusal, requirePurpose } from './audit/purpose.ts';
import type { Disclosed } from './audit/revealed.ts';
import { UncoveredRefusal, withholdableKeys, withholdUncovered } from './audit/withholding.ts';
import { type Context, originOf } from './context.ts';
import { FieldErrors, formatError } from './errors.ts';
import { RESTRICTED_MESSAGE, RestrictedRefusal, withholdRestricted } from './learners/restriction.ts';
import { nulPaths } from './resources/inputs.ts';

const NUL_MESSAGE = 'Caractère nul (U+0000) interdit.';

// ---- Context and metadata -------------------------------------------------------------------------

export interface ProcedureMeta {
  /** Who may call: deny by default, so every procedure builder below sets it. */
  access: 'public' | 'signed-in' | readonly StaffRole[];
  /** Set when the output carries personal data: the gateway audits every call. */
  audit?: Disclosure;
  /** Personal data of the caller's own account only (`auth.me`): not a disclosure to anyone else. */
  ownAccount?: true;
  /** The record keys of the output that may carry the withheld marker (`revealable` fields). */
  withholdable?: ReadonlySet<string>;
}

// ---- Initialisation -------------------------------------------------------------------------------

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    isDev: false,
    errorFormatter: formatError,
  });

/** Every procedure refuses a NUL character anywhere in its input, naming the field: a 400, not a 500. */
const noNul = t.middleware(async ({ getRawInput, next }) => {
  const paths = nulPaths(await getRawInput());
  if (paths.length > 0) throw new FieldErrors(Object.fromEntries(paths.map((p) => [p, [NUL_MESSAGE]]))).asBadRequest();
  return next();
});
const procedure = t.procedure.use(noNul);

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
 * The audited gateway, the only place that reads personal columns: the handler runs as the role that may,
 * returns its answer with what the audit row must say, and the answer leaves only once that row is
 * committed. A read runs read-only and its row joins the other reads' rows of the moment in one append
 * (audit/appender.ts); a change writes its row in its own transaction, so both commit or neither does. If
 * the row cannot be written, the caller gets an error and no data.
 */
const auditedGateway = t.middleware(async ({ ctx, meta, path, type, getRawInput, next }) => {
  const disclosure = meta?.audit;
  if (!disclosure) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'No disclosure declared' });
  if (!ctx.staff) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Session absente ou expirée.' });
  const { role } = ctx.staff;
  const origin = originOf(ctx);
  const asked = disclosure.purpose ?? ctx.request.purposeCode;
  const keptOut = !seesRestrictedLearners.includes(role);
  // What the refusals below record: the purpose as asked (requirePurpose checks it, changes nothing).
  const purpose = { code: asked, ref: ctx.request.purposeRef || null };
  const refusal = (subjectIds: string[]) => ({
    action: 'denied' as const,
    outcome: 'denied' as const,
    procedure: path,
    entity: disclosure.entity,
    subjectIds,
    purposeCode: purpose.code,
    purposeRef: purpose.ref,
    details: { reason: 'restricted' },
  });

  /** The handler's answer in `db`, as the restriction and the purpose let it leave, with its audit rows. */
  const answer = async (db: Database) => {
    // The header's purpose came with the session; a procedure's own (`dsr`) is read now, alongside a read
    // (refused, its answer is dropped unseen), before a change, so that nothing is written under it.
    const checking =
      asked === ctx.request.purposeCode
        ? Promise.resolve().then(() => checkPurpose(asked, ctx.request.purposeRef, role, ctx.purpose))
        : requirePurpose(db, asked, ctx.request.purposeRef, role);
    checking.catch(() => {});
    if (type === 'mutation') await checking;
    const result = await next({ ctx: { db } });
    const offered = await checking;
    if (!result.ok) throw result.error;
    const input = await getRawInput();
    // A refusal here rolls a change back: a restricted learner is never changed either.
    const { disclosed: allowed, withheld } = keptOut
      ? await withholdRestricted(db, disclosure, input, result.data as Disclosed<unknown>)
      : { disclosed: result.data as Disclosed<unknown>, withheld: [] };
    // The register is the policy: what the purpose's activity does not list leaves as withheld.
    const covered = withholdUncovered(disclosure.entity, offered, meta?.withholdable ?? new Set(), allowed);
    const { data, audit } = covered.disclosed;
    const event = describeDisclosure(disclosure, input, data, audit);
    const events: AuditEventInput[] = [
      {
        ...event,
        details: {
          ...event.details,
          ...(withheld.length ? { withheld: withheld.length } : {}),
          ...(covered.withheld.length ? { withheldFields: covered.withheld } : {}),
        },
        procedure: path,
        purposeCode: offered.code,
        purposeRef: audit.purposeRef ?? offered.ref,
        outcome: 'success',
      },
    ];
    // Asked for by id and held back: the refusal is on the record, as a refused `getOne` is.
    if (withheld.length && Array.isArray((input as { ids?: unknown } | null)?.ids)) events.push(refusal(withheld));
    return { result: { ...result, data }, events };
  };

  try {
    if (type !== 'mutation') {
      const { result, events } = await readInGateway(ctx.services, answer);
      await appendAuditRows(ctx.services.db, events.map((event) => auditRowOf(origin, event)));
      return result;
    }
    const written = await inGateway(ctx.db, async (tx) => {
      const { result, events } = await answer(tx);
      // Not awaited here: the rows and COMMIT go out in one write. A row that fails aborts the
      // transaction, whose COMMIT then rolls back, and the answer below waits for the rows.
      const rows = Promise.all(events.map((event) => recordAuditEvent(tx, origin, event)));
      rows.catch(() => {});
      return { result, rows };
    });
    await written.rows;
    return written.result;
  } catch (error) {
    if (error instanceof PurposeRefusal) {
      await recordAuditEvent(ctx.db, origin, {
        action: 'denied',
        outcome: 'denied',
        procedure: path,
        entity: disclosure.entity,
        purposeCode: error.purposeCode,
        details: { reason: 'purpose_not_offered' },
      });
    }
    if (error instanceof UncoveredRefusal) {
      await recordAuditEvent(ctx.db, origin, {
        ...refusal([]),
        details: { reason: 'purpose_does_not_cover', withheldFields: error.fields },
      });
    }
    if (!(error instanceof RestrictedRefusal)) throw error;
    await recordAuditEvent(ctx.db, origin, refusal(error.subjectIds));
    throw new TRPCError({ code: 'FORBIDDEN', message: RESTRICTED_MESSAGE });
  }
});

/** A plain read written the gateway's way (`Disclosed`): its audit must be empty, and is dropped. */
const revealsNothing = t.middleware(async ({ path, next }) => {
  const result = await next();
  if (!result.ok) return result;
  const { data, audit } = result.data as Disclosed<unknown>;
  if (audit.fields.length > 0 || audit.subjectIds.length > 0) {
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: `${path} revealed personal data outside the gateway` });
  }
  return { ...result, data };
});

export const publicProcedure = procedure.meta({ access: 'public' });

export const signedInProcedure = procedure.meta({ access: 'signed-in' }).use(enforceAccess);

/** For procedures whose answer carries no declared personal column (the database would refuse it). */
export function rolesProcedure(roles: readonly StaffRole[]) {
  return procedure.meta({ access: roles }).use(enforceAccess);
}

/**
 * The output as the client receives it, while the handler answers with it and its audit (`Disclosed`):
 * the gateway, which runs between the two, writes the row and passes the answer on.
 */
const disclosedOutput = <O extends z.ZodType>(output: O) =>
  output as unknown as z.ZodType<z.output<O>, Disclosed<z.input<O>>>;

/** For every procedure that reads or writes declared personal-data columns: its handler returns `Disclosed`. */
export function personalDataProcedure<O extends z.ZodType>(roles: readonly StaffRole[], disclosure: Disclosure, output: O) {
  return rolesProcedure(roles)
    .meta({ access: roles, audit: disclosure, withholdable: withholdableKeys(output) })
    .output(disclosedOutput(output))
    .use(auditedGateway);
}

/** For a resource whose records name nobody, read with the same readers as the audited ones. */
export function plainDataProcedure<O extends z.ZodType>(roles: readonly StaffRole[], output: O) {
  return rolesProcedure(roles).output(disclosedOutput(output)).use(revealsNothing);
}
