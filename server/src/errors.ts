import { TRPCError, type TRPCDefaultErrorShape } from '@trpc/server';
import { ZodError } from 'zod';

/** Input that passed the schema but breaks a rule (email already taken...), reported per field. */
export class FieldErrors extends Error {
  constructor(readonly fields: Record<string, string[]>) {
    super(Object.values(fields).flat().join(' '));
  }

  asBadRequest(): TRPCError {
    return new TRPCError({ code: 'BAD_REQUEST', message: this.message, cause: this });
  }
}

export function badField(field: string, message: string): TRPCError {
  return new FieldErrors({ [field]: [message] }).asBadRequest();
}

/** A conflict the client answers in its own way (a confirmation), told by its reason, not its French text. */
export class ConflictReason extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }

  asConflict(): TRPCError {
    return new TRPCError({ code: 'CONFLICT', message: this.message, cause: this });
  }
}

export class RetryAfter extends Error {
  constructor(readonly seconds: number) {
    super(`retry after ${seconds}s`);
  }
}

/** The PostgreSQL error code behind a driver or drizzle error, if any. */
export function sqlStateOf(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';

function fieldsOf(cause: unknown): Record<string, string[]> | undefined {
  if (cause instanceof FieldErrors) return cause.fields;
  if (!(cause instanceof ZodError)) return undefined;
  const fields: Record<string, string[]> = {};
  for (const issue of cause.issues) (fields[issue.path.join('.') || '(input)'] ??= []).push(issue.message);
  return fields;
}

/**
 * Every error body, in every mode: the code, a French message and the fields to fix. An internal
 * error says no more than that: a database error quotes its SQL, parameters and the values it chokes on.
 */
export function formatError({ shape, error }: { shape: TRPCDefaultErrorShape; error: TRPCError }) {
  const fields = fieldsOf(error.cause);
  const message =
    error.code === 'INTERNAL_SERVER_ERROR'
      ? 'Erreur interne du serveur.'
      : fields && error.cause instanceof ZodError
        ? `Données invalides : ${Object.keys(fields).join(', ')}`
        : shape.message;
  const { stack: _stack, ...data } = shape.data;
  return {
    ...shape,
    message,
    data: {
      ...data,
      ...(fields ? { fields } : {}),
      ...(error.cause instanceof RetryAfter ? { retryAfterSeconds: error.cause.seconds } : {}),
      ...(error.cause instanceof ConflictReason ? { reason: error.cause.reason } : {}),
    },
  };
}
