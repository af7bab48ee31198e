import { addDays } from '@vigie/domain/calendar';
import { staffRoles } from '@vigie/domain/roles';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';

/** server/src/audit/reads.ts, as the router sends it. */
export type ReadsPerDay = inferRouterOutputs<AppRouter>['audit']['readsPerDay']['data'];

export interface RoleSeries {
  role: string;
  data: number[];
}

/**
 * Every day of the period on the x axis (days without a read are zeros, not gaps) and one series per
 * role, for the reads that went through or for the refused ones.
 */
export function readsSeries(reads: ReadsPerDay, denied: boolean): { days: string[]; series: RoleSeries[] } {
  const days: string[] = [];
  for (let day = reads.from; day <= reads.until; day = addDays(day, 1)) days.push(day);
  const rows = reads.days.filter((r) => (r.outcome === 'denied') === denied);
  const roles = [...new Set([...staffRoles, ...rows.map((r) => r.role)])].filter((role) => rows.some((r) => r.role === role));
  const series = roles.map((role) => ({
    role,
    data: days.map((day) => rows.filter((r) => r.day === day && r.role === role).reduce((sum, r) => sum + r.count, 0)),
  }));
  return { days, series };
}
