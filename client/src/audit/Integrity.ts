import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';

/** server/src/audit/integrity.ts, as the router sends it to the console. */
export type VerificationRun = inferRouterOutputs<AppRouter>['audit']['verification']['data'];

export const isUnderWay = (run: VerificationRun | null | undefined) => run?.state === 'waiting' || run?.state === 'running';

/** 0-100 for a progress bar. */
export const percentOf = (run: VerificationRun) =>
  run.rowsTotal ? Math.min(100, Math.round((100 * run.rowsChecked) / run.rowsTotal)) : 0;
