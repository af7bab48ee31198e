import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import { appRouter } from '../router.ts';

/**
 * The error a client would receive for a failed call, through the router's own formatter (the tRPC
 * caller throws the bare TRPCError): `{code, message, data: {code, httpStatus, fields?}}`.
 */
export async function errorOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return getTRPCErrorShape({
      config: appRouter._def._config,
      error,
      type: 'unknown',
      path: undefined,
      input: undefined,
      ctx: undefined,
    });
  }
  throw new Error('the call succeeded');
}
