import type { inferRouterOutputs } from '@trpc/server';
import { anomalyRules } from '@vigie/domain/enums';
import type { AppRouter } from '@vigie/server';

export type AnomalyRule = (typeof anomalyRules)[number];

/** A flag of the review queue (server/src/anomalies/queue.ts). */
export interface Anomaly {
  id: number;
  rule: AnomalyRule;
  eventId: number;
  occurredAt: string;
  actorStaffId: string | null;
  actorName: string | null;
  key: string | null;
  details: Record<string, unknown>;
  action: string;
  entity: string | null;
  purposeCode: string | null;
  purposeRef: string | null;
  status: 'pending' | 'reviewed';
  reviewNote: string | null;
  reviewedAt: string | null;
  reviewerName: string | null;
}

export type RuleRecord = inferRouterOutputs<AppRouter>['anomalies']['rules']['data'][number];

export const ruleChoices = anomalyRules.map((id) => ({ id, name: `vigie.anomalies.rule.${id}` }));
export const statusChoices = ['pending', 'reviewed'].map((id) => ({ id, name: `vigie.anomalies.status.${id}` }));
