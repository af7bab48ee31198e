import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';

/** A processor as the server sends it (without the contact person to those who may not see it). */
export type Processor = inferRouterOutputs<AppRouter>['processors']['getOne']['data'];
export type ProcessorCheck = Processor['checks'][number];
