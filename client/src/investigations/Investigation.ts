import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';

type Outputs = inferRouterOutputs<AppRouter>['investigations'];
export type Investigation = Outputs['getOne']['data'];
export type RevealedLearner = Outputs['reveal']['data'][number];
export type IpSearchHit = Outputs['searchIp']['data'][number];

/** The purpose every step of an investigation is filed under (the server imposes it too). */
export const FRAUD_INVESTIGATION = 'fraud_investigation';
