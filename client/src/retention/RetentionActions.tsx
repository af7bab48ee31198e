import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatDateTime } from '../format/frenchFormats.ts';
import { RunResults } from './RunResults.tsx';

/** "Aperçu" (a dry run, answered at once) and "Lancer maintenant" (a real run whose progress is polled). */
export function RetentionActions() {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const refreshRuns = () => queryClient.invalidateQueries({ queryKey: ['retention', 'runs'] });
  const onError = (error: Error) => notify(error.message, { type: 'error' });
  const preview = useMutation({
    mutationFn: () => dataProvider.callAction('retention', 'preview', undefined),
    onSuccess: refreshRuns,
    onError,
  });
  const start = useMutation({ mutationFn: () => dataProvider.callAction('retention', 'start', undefined), onError });
  const runId = start.data?.data.id;
  const progress = useQuery({
    queryKey: ['retention', 'run', runId],
    queryFn: runId ? ({ signal }) => dataProvider.readAction('retention', 'run', { id: runId }, signal) : skipToken,
    refetchInterval: (query) => (query.state.data?.data.state === 'running' ? 1_000 : false),
  });
  const run = progress.data?.data;
  const finished = run !== undefined && run.state !== 'running';
  useEffect(() => {
    if (finished) void refreshRuns();
  }, [finished]);
  const underWay = start.isPending || run?.state === 'running';
  return (
    <Card>
      <CardContent>
        <Stack direction="row" spacing={2}>
          <Button variant="outlined" onClick={() => preview.mutate()} disabled={preview.isPending || underWay}>
            {translate('vigie.retention.preview')}
          </Button>
          <Button variant="contained" color="warning" onClick={() => start.mutate()} disabled={underWay}>
            {translate('vigie.retention.run_now')}
          </Button>
        </Stack>
        {run?.state === 'running' ? (
          <Box sx={{ mt: 2 }} role="status">
            <LinearProgress
              variant="determinate"
              value={run.steps ? (100 * run.done) / run.steps : 0}
              aria-label={translate('vigie.retention.progress')}
            />
            <Typography variant="body2">{translate('vigie.retention.running', { done: run.done, steps: run.steps })}</Typography>
          </Box>
        ) : null}
        {run?.state === 'done' ? (
          <Box sx={{ mt: 2 }}>
            <Alert severity="success">{translate('vigie.retention.finished')}</Alert>
            <RunResults results={run.results} dryRun={false} />
          </Box>
        ) : null}
        {run?.state === 'failed' ? <Alert sx={{ mt: 2 }} severity="warning">{translate('vigie.retention.failed')}</Alert> : null}
        {preview.data ? (
          <Box sx={{ mt: 2 }}>
            <Typography variant="subtitle1">{translate('vigie.retention.preview_title', { date: formatDateTime(new Date(), locale) })}</Typography>
            <RunResults results={preview.data.data.results} dryRun />
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
}
