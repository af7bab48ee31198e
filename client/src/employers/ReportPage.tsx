import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Stack } from '@mui/material';
import { skipToken, useQuery } from '@tanstack/react-query';
import { Loading, Title, useCanAccess, useDataProvider, useLocaleState, useParams, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { printStyles } from '../layout/printStyles.tsx';
import { useSessionPurpose } from '../purpose/useSessionPurpose.ts';
import { downloadCsv } from './csv.ts';
import { EMPLOYER_REPORTING, type EmployerReport } from './EmployerReport.ts';
import { ReportDocument } from './ReportDocument.tsx';
import { reportCsv, reportFilename } from './reportCsv.ts';


/**
 * The employer-facing report (`/employers/:id/report`). The server answers only under the purpose
 * "Rapport à l'employeur", so nothing is requested until that purpose is chosen in the app bar.
 */
export default function ReportPage() {
  const { id } = useParams<{ id: string }>();
  const [purpose] = useSessionPurpose();
  const { canAccess, isPending } = useCanAccess({ resource: 'employers', action: 'export' });
  const ready = canAccess === true && purpose?.code === EMPLOYER_REPORTING;
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const report = useQuery({
    queryKey: ['employers', 'report', id],
    queryFn: ready && id ? ({ signal }) => dataProvider.readAction('employers', 'report', { id }, signal) : skipToken,
    // A disclosure: read it afresh each time rather than keep a copy around.
    gcTime: 0,
  });

  const download = (data: EmployerReport) =>
    downloadCsv(
      reportFilename(data, new Date(), translate('vigie.report.filename')),
      reportCsv(data, { translate, locale }),
    );

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="vigie.report.title" />
      {printStyles}
      {isPending ? null : !canAccess ? (
        <Alert severity="error">{translate('ra.notification.not_authorized')}</Alert>
      ) : !ready ? (
        <Alert severity="warning">{translate('vigie.report.purpose_required')}</Alert>
      ) : report.isError ? (
        <Alert severity="error">{report.error.message}</Alert>
      ) : !report.data ? (
        <Loading />
      ) : (
        <>
          <Stack direction="row" spacing={1} className="no-print" sx={{ mb: 2 }}>
            <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
              {translate('vigie.report.print')}
            </Button>
            <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => download(report.data)}>
              {translate('vigie.report.download_csv')}
            </Button>
          </Stack>
          <ReportDocument report={report.data} />
        </>
      )}
    </Box>
  );
}
