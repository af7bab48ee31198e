import type { TranslateFunction } from 'react-admin';
import { formatDate, formatNumber } from '../format/frenchFormats.ts';
import { buildCsv, type CsvColumn } from '@vigie/domain/csv';
import type { EmployerReport, ReportContract, ReportResult, ReportRow } from './EmployerReport.ts';

type Line = { learner: ReportRow; contract: ReportContract };
type Options = { translate: TranslateFunction; locale?: string };

const percent = (rate: number | null, locale?: string) =>
  rate == null ? '' : formatNumber(Math.round(rate * 100), locale);

/** `05/03/2025 B1 (72)` for each result of this contract, oldest first. */
function results(list: readonly ReportResult[], contractId: string, { translate, locale }: Options, withKind = false) {
  return list
    .filter((result) => result.contractId === contractId)
    .map((result) => {
      const kind = withKind ? `${translate(`vigie.assessmentKind.${result.kind}`)} ` : '';
      const score = result.score == null ? '' : ` (${formatNumber(result.score, locale)})`;
      return `${formatDate(result.assessedOn, locale)} ${kind}${result.cefrLevel ?? ''}${score}`.replace(/\s+/g, ' ').trim();
    })
    .join(' | ');
}

function columns(options: Options): CsvColumn<Line>[] {
  const { translate, locale } = options;
  const header = (key: string) => translate(`vigie.report.csv.${key}`);
  return [
    { header: header('lastName'), value: ({ learner }) => learner.lastName },
    { header: header('firstName'), value: ({ learner }) => learner.firstName },
    { header: header('course'), value: ({ contract }) => contract.course },
    { header: header('language'), value: ({ contract }) => contract.language },
    { header: header('targetLevel'), value: ({ contract }) => contract.targetLevel },
    { header: header('hours'), value: ({ contract }) => formatNumber(contract.hours, locale) },
    { header: header('startDate'), value: ({ contract }) => formatDate(contract.startDate, locale) },
    { header: header('endDate'), value: ({ contract }) => formatDate(contract.endDate, locale) },
    { header: header('status'), value: ({ contract }) => translate(`vigie.contractStatus.${contract.status}`) },
    { header: header('sessions'), value: ({ contract }) => contract.sessions },
    { header: header('attended'), value: ({ contract }) => contract.attended },
    { header: header('contractRate'), value: ({ contract }) => percent(contract.attendanceRate, locale) },
    { header: header('learnerRate'), value: ({ learner }) => percent(learner.attendanceRate, locale) },
    { header: header('levelTests'), value: ({ learner, contract }) => results(learner.levelTests, contract.id, options) },
    {
      header: header('progressEvaluations'),
      value: ({ learner, contract }) => results(learner.progressEvaluations, contract.id, options),
    },
    { header: header('surveys'), value: ({ learner, contract }) => results(learner.surveys, contract.id, options, true) },
  ];
}

/**
 * One line per reported contract, built from the report's rows and nothing else: the server has
 * already left out CPF and individual contracts, and no other data of the page reaches the file.
 */
export function reportCsv(report: EmployerReport, options: Options): string {
  const lines = report.data.flatMap((learner) => learner.contracts.map((contract) => ({ learner, contract })));
  return buildCsv(columns(options), lines);
}

/** `rapport-acme-industrie-2025-03-05.csv`: ASCII only, so every mail client and OS keeps the name. */
export function reportFilename(report: EmployerReport, today: Date, prefix: string): string {
  const slug = report.employer.name
    .normalize('NFD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
  return `${prefix}-${slug || report.employer.id}-${today.toISOString().slice(0, 10)}.csv`;
}
