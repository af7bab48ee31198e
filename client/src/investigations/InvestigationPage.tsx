import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { skipToken, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, ReferenceField, RecordContextProvider, Title, useCanAccess, useDataProvider, useNotify, useParams, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { downloadCsv } from '../employers/csv.ts';
import { purposeRefMaxLength } from '@vigie/domain/purpose-ref';
import { useSessionPurpose } from '../purpose/useSessionPurpose.ts';
import { FRAUD_INVESTIGATION } from './Investigation.ts';
import { InvestigationTables } from './InvestigationTables.tsx';
import { IpSearch } from './IpSearch.tsx';
import { OthersPanel } from './OthersPanel.tsx';
import { useInvestigationWords } from './SeenTable.tsx';

/** Files the next reads under "Enquête sur une fraude" and the case's reference. */
function CaseForm() {
  const { t } = useInvestigationWords();
  const [purpose, setPurpose] = useSessionPurpose();
  const [ref, setRef] = useState(purpose?.ref ?? '');
  return (
    <Stack spacing={2} sx={{ maxWidth: 560 }} component="form" onSubmit={(event) => { event.preventDefault(); setPurpose({ code: FRAUD_INVESTIGATION, ref }); }}>
      <Alert severity="info">{t('case_help')}</Alert>
      <TextField label={t('case_ref')} value={ref} required onChange={(event) => setRef(event.target.value)} slotProps={{ htmlInput: { maxLength: purposeRefMaxLength } }} />
      <Button type="submit" variant="contained" disabled={!ref.trim()} sx={{ alignSelf: 'flex-start' }}>
        {t('start')}
      </Button>
    </Stack>
  );
}

/** `/learners/:id/enquete`: a learner's sign-ins under a fraud case, for admins and the DPO. */
export default function InvestigationPage() {
  const { id } = useParams<{ id: string }>();
  const { t, when } = useInvestigationWords();
  const [purpose] = useSessionPurpose();
  const { canAccess, isPending } = useCanAccess({ resource: 'investigations', action: 'show' });
  const ready = canAccess === true && purpose?.code === FRAUD_INVESTIGATION && Boolean(purpose.ref) && Boolean(id);
  const dataProvider = useDataProvider<VigieDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const file = useQuery({
    queryKey: ['investigations', 'getOne', id, purpose?.ref],
    queryFn: ready && id ? ({ signal }) => dataProvider.readAction('investigations', 'getOne', { learnerId: id }, signal) : skipToken,
    gcTime: 0,
  });
  const exported = useMutation({
    mutationFn: (learnerId: string) => dataProvider.callAction('investigations', 'export', { learnerId }),
    onSuccess: ({ data }) => {
      downloadCsv(data.filename, data.csv);
      notify(t('exported'), { type: 'success' });
    },
  });
  const data = file.data?.data;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <Typography variant="h5" sx={{ mb: 2 }}>
        {t('title')}
        {id ? (
          <RecordContextProvider value={{ learnerId: id }}>
            {' — '}
            <ReferenceField source="learnerId" reference="learners" />
          </RecordContextProvider>
        ) : null}
      </Typography>
      {isPending ? null : !canAccess ? (
        <Alert severity="error">{translate('ra.notification.not_authorized')}</Alert>
      ) : !ready ? (
        <CaseForm />
      ) : file.isError ? (
        <Alert severity="error">{file.error.message}</Alert>
      ) : !data || !id ? (
        <Loading />
      ) : (
        <>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Alert severity={data.lastIp ? 'warning' : 'info'} sx={{ flexGrow: 1 }}>
              {data.lastIp && data.lastSeen ? t('last_ip', { ip: data.lastIp, date: when(data.lastSeen) }) : t('no_sign_in')}
            </Alert>
            <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => exported.mutate(id)} disabled={exported.isPending}>
              {t('export')}
            </Button>
          </Stack>
          <InvestigationTables file={data} />
          <OthersPanel learnerId={id} others={data.others} />
          <IpSearch initial={data.lastIp ?? ''} />
        </>
      )}
    </Box>
  );
}
