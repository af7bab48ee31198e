import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatNumber } from '../format/frenchFormats.ts';
import { isUnderWay, percentOf, type VerificationRun } from './Integrity.ts';

/** "Vérifier maintenant": asks the server's job for a verification and follows its progress. */
export function VerifyNow({ latest }: { latest: VerificationRun | null }) {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const start = useMutation({
    mutationFn: () => dataProvider.callAction('audit', 'verify', undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit', 'integrity'] }),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  const runId = start.data?.data.id ?? (isUnderWay(latest) ? latest?.id : undefined);
  const progress = useQuery({
    queryKey: ['audit', 'verification', runId],
    queryFn: runId ? ({ signal }) => dataProvider.readAction('audit', 'verification', { id: runId }, signal) : skipToken,
    refetchInterval: (query) => (isUnderWay(query.state.data?.data) ? 1_000 : false),
  });
  const run = progress.data?.data;
  const underWay = isUnderWay(run) || start.isPending;
  const finished = run !== undefined && !isUnderWay(run);
  // The status card above shows the last verification: refresh it once this one ends.
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['audit', 'integrity'] });
  }, [finished, queryClient]);
  return (
    <Box>
      <Button variant="contained" onClick={() => start.mutate()} disabled={underWay}>
        {translate('vigie.integrity.verify_now')}
      </Button>
      {run && isUnderWay(run) ? (
        <Box sx={{ mt: 2 }} role="status">
          <LinearProgress variant="determinate" value={percentOf(run)} aria-label={translate('vigie.integrity.progress')} />
          <Typography variant="body2">
            {translate('vigie.integrity.checked', {
              checked: formatNumber(run.rowsChecked, locale),
              total: formatNumber(run.rowsTotal ?? 0, locale),
            })}
          </Typography>
        </Box>
      ) : null}
      {run && run.state === 'done' ? (
        <Alert sx={{ mt: 2 }} severity={run.ok ? 'success' : 'error'}>
          {run.ok
            ? translate('vigie.integrity.intact', { rows: formatNumber(run.rowsChecked, locale) })
            : translate('vigie.integrity.broken', { seq: run.firstBrokenSeq ?? '?', problem: run.problem ?? '' })}
        </Alert>
      ) : null}
      {run && (run.state === 'failed' || run.state === 'interrupted') ? (
        <Alert sx={{ mt: 2 }} severity="warning">
          {translate(`vigie.integrity.${run.state}`)}
        </Alert>
      ) : null}
    </Box>
  );
}
