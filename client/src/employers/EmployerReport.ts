import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';

/** `employers.report` as the server sends it: employer-funded contracts of that employer only. */
export type EmployerReport = inferRouterOutputs<AppRouter>['employers']['report'];
export type ReportRow = EmployerReport['data'][number];
export type ReportContract = ReportRow['contracts'][number];
export type ReportResult = ReportRow['levelTests'][number];

/** The purpose the server requires for this read (server/src/employers/report.ts). */
export const EMPLOYER_REPORTING = 'employer_reporting';
