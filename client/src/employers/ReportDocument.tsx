import { Box, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate, formatNumber, formatPercent, formatSiret } from '../format/frenchFormats.ts';
import type { EmployerReport, ReportResult, ReportRow } from './EmployerReport.ts';

/** `B1 (61,5) le 06/01/2025`, latest first when several. */
function useResultText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (results: readonly ReportResult[], withKind = false) =>
    [...results]
      .reverse()
      .map((result) =>
        translate('vigie.report.result', {
          kind: withKind ? `${translate(`vigie.assessmentKind.${result.kind}`)} ` : '',
          level: result.cefrLevel ?? '',
          score: result.score == null ? '' : ` (${formatNumber(result.score, locale)})`,
          date: formatDate(result.assessedOn, locale),
        }).trim(),
      )
      .join(' ; ') || '—';
}

function LearnerSection({ row }: { row: ReportRow }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const resultText = useResultText();
  const head = (key: string) => <TableCell>{translate(`vigie.report.csv.${key}`)}</TableCell>;
  return (
    <Box sx={{ breakInside: 'avoid', mb: 3 }}>
      <Typography variant="h6">
        {row.lastName} {row.firstName}
        <Typography component="span" color="text.secondary" sx={{ ml: 2 }}>
          {translate('vigie.report.attendance', { rate: formatPercent(row.attendanceRate, locale) || '—' })}
        </Typography>
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            {head('course')}
            {head('targetLevel')}
            {head('hours')}
            {head('startDate')}
            {head('endDate')}
            {head('status')}
            {head('contractRate')}
          </TableRow>
        </TableHead>
        <TableBody>
          {row.contracts.map((contract) => (
            <TableRow key={contract.id}>
              <TableCell>{`${contract.course} (${contract.language})`}</TableCell>
              <TableCell>{contract.targetLevel}</TableCell>
              <TableCell>{formatNumber(contract.hours, locale)}</TableCell>
              <TableCell>{formatDate(contract.startDate, locale)}</TableCell>
              <TableCell>{formatDate(contract.endDate, locale)}</TableCell>
              <TableCell>{translate(`vigie.contractStatus.${contract.status}`)}</TableCell>
              <TableCell>
                {translate('vigie.report.sessions', {
                  rate: formatPercent(contract.attendanceRate, locale) || '—',
                  attended: contract.attended,
                  sessions: contract.sessions,
                })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2" sx={{ mt: 1 }}>
        <strong>{translate('vigie.report.csv.levelTests')} :</strong> {resultText(row.levelTests)}
        <br />
        <strong>{translate('vigie.report.csv.progressEvaluations')} :</strong> {resultText(row.progressEvaluations)}
        <br />
        <strong>{translate('vigie.report.csv.surveys')} :</strong> {resultText(row.surveys, true)}
      </Typography>
    </Box>
  );
}

/** The report as the employer will read it, on screen and on paper. */
export function ReportDocument({ report }: { report: EmployerReport }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { employer } = report;
  return (
    <Paper sx={{ p: 3, '@media print': { boxShadow: 'none', p: 0 } }}>
      <Typography variant="h5">{translate('vigie.report.heading', { name: employer.name })}</Typography>
      <Typography color="text.secondary" gutterBottom>
        {translate('vigie.report.subheading', {
          siret: formatSiret(employer.siret),
          date: formatDate(new Date(), locale),
          count: report.data.length,
        })}
      </Typography>
      <Typography variant="body2" sx={{ mb: 3 }}>
        {translate('vigie.report.scope')}
      </Typography>
      {report.data.length === 0 ? (
        <Typography>{translate('vigie.report.empty')}</Typography>
      ) : (
        report.data.map((row) => <LearnerSection key={row.id} row={row} />)
      )}
    </Paper>
  );
}
