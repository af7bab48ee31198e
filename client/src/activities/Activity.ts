import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';

type Outputs = inferRouterOutputs<AppRouter>;
export type Activity = Outputs['activities']['getOne']['data'];
export type RetentionRule = Activity['retention'][number];
/** `activities.export`: the activities and, in `data`, the processors with their contact persons. */
export type Register = Outputs['activities']['export'];
export type RegisterProcessor = Register['data'][number];
