import { Alert, Box, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatDateTime, formatNumber } from '../format/frenchFormats.ts';
import { RetentionActions } from './RetentionActions.tsx';
import { countText } from './RunResults.tsx';

/** The "Conservation" screen (admins and the DPO): policies and their source, a preview, the last runs. */
export default function RetentionPage() {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const policies = useQuery({
    queryKey: ['retention', 'policies'],
    queryFn: ({ signal }) => dataProvider.readAction('retention', 'policies', undefined, signal),
  });
  const runs = useQuery({
    queryKey: ['retention', 'runs'],
    queryFn: ({ signal }) => dataProvider.readAction('retention', 'runs', undefined, signal),
  });
  // The last finished preview's counts beside each policy: what a run would do now, or nearly.
  const lastPreview = runs.data?.data.find((run) => run.dryRun && run.state === 'done');
  const previewOf = (code: string) => {
    const result = lastPreview?.results.find((r) => r.code === code);
    if (!result) return translate('vigie.retention.no_preview');
    if (result.skipped) return result.skipped;
    const kept = result.kept.reduce((n, k) => n + k.count, 0);
    return translate('vigie.retention.preview_counts', {
      gone: countText(translate, code, formatNumber(result.gone, locale)),
      kept: formatNumber(kept, locale),
    });
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="vigie.retention.title" />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Typography variant="h6">{translate('vigie.retention.policies')}</Typography>
            {policies.isPending ? <Loading /> : null}
            {policies.isError ? <Alert severity="error">{policies.error.message}</Alert> : null}
            <Table size="small" aria-label={translate('vigie.retention.policies')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('vigie.retention.policy')}</TableCell>
                  <TableCell>{translate('vigie.retention.period')}</TableCell>
                  <TableCell>{translate('vigie.retention.source')}</TableCell>
                  <TableCell>{translate('vigie.retention.last_preview')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {(policies.data?.data ?? []).map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>{translate(`vigie.retention.codes.${p.id}`)}</TableCell>
                    <TableCell>
                      {p.missing
                        ? translate('vigie.retention.missing')
                        : `${p.period} ${translate(`vigie.retentionUnit.${p.unit}`)} ${translate(`vigie.retention.after.${p.id}`)}`}
                      {p.enabled ? '' : ` (${translate('vigie.retention.disabled')})`}
                    </TableCell>
                    <TableCell>
                      {p.activity ? translate('vigie.retention.register', { activity: p.activity.name }) : translate('vigie.retention.own_period')}
                      {p.ground ? <Typography variant="caption" component="div">{p.ground}</Typography> : null}
                    </TableCell>
                    <TableCell>{previewOf(p.id)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <RetentionActions />
        <Card>
          <CardContent>
            <Typography variant="h6">{translate('vigie.retention.runs')}</Typography>
            {runs.data?.data.length === 0 ? <Typography variant="body2">{translate('vigie.retention.no_runs')}</Typography> : null}
            <Table size="small" aria-label={translate('vigie.retention.runs')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('vigie.retention.started')}</TableCell>
                  <TableCell>{translate('vigie.retention.kind')}</TableCell>
                  <TableCell>{translate('vigie.retention.trigger')}</TableCell>
                  <TableCell>{translate('vigie.retention.state')}</TableCell>
                  <TableCell>{translate('vigie.retention.counts')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {(runs.data?.data ?? []).map((run) => (
                  <TableRow key={run.id}>
                    <TableCell>{formatDateTime(run.startedAt, locale)}</TableCell>
                    <TableCell>{translate(run.dryRun ? 'vigie.retention.dry_run' : 'vigie.retention.real_run')}</TableCell>
                    <TableCell>{translate(`vigie.retention.triggers.${run.trigger}`)}</TableCell>
                    <TableCell>{translate(`vigie.retention.states.${run.state}`)}</TableCell>
                    <TableCell>
                      {run.results
                        .filter((r) => !r.skipped)
                        .map((r) => `${translate(`vigie.retention.codes.${r.code}`)} : ${formatNumber(r.gone, locale)}`)
                        .join(' · ')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
}
