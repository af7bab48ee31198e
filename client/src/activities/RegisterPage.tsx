import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useCanAccess, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { downloadCsv } from '../employers/csv.ts';
import { printStyles } from '../layout/printStyles.tsx';
import type { Register } from './Activity.ts';
import { RegisterDocument } from './RegisterDocument.tsx';
import { registerCsv } from './registerCsv.ts';

/** The whole register (`/activities/register`), to print for the CNIL or download as CSV. */
export default function RegisterPage() {
  const { canAccess, isPending } = useCanAccess({ resource: 'activities', action: 'export' });
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const register = useQuery({
    queryKey: ['activities', 'export'],
    queryFn: ({ signal }) => dataProvider.readAction('activities', 'export', undefined, signal),
    enabled: canAccess === true,
    // It carries the processors' contact persons: read afresh each time rather than keep a copy around.
    gcTime: 0,
  });

  const download = (data: Register) =>
    downloadCsv(
      `${translate('vigie.register.filename')}-${new Date().toISOString().slice(0, 10)}.csv`,
      registerCsv(data, { translate, locale }),
    );

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="vigie.register.title" />
      {printStyles}
      {isPending ? null : !canAccess ? (
        <Alert severity="error">{translate('ra.notification.not_authorized')}</Alert>
      ) : register.isError ? (
        <Alert severity="error">{register.error.message}</Alert>
      ) : !register.data ? (
        <Loading />
      ) : (
        <>
          <Stack direction="row" spacing={1} className="no-print" sx={{ mb: 2 }}>
            <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
              {translate('vigie.register.print')}
            </Button>
            <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => download(register.data)}>
              {translate('vigie.register.download_csv')}
            </Button>
          </Stack>
          <RegisterDocument register={register.data} />
        </>
      )}
    </Box>
  );
}
