import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';

type Outputs = inferRouterOutputs<AppRouter>['stats'];
export type StatsTableData = Outputs['table'];
export type StatsDimensionsData = Outputs['dimensions'];
