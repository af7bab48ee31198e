import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';

type Outputs = inferRouterOutputs<AppRouter>;
/** A decision of the history as `learnerDecisions.getList` sends it. */
export type Decision = Outputs['learnerDecisions']['getList']['data'][number];
