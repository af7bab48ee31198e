import { Alert, Button, Card, CardActions, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useDataProvider, useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatDateTime, formatNumber } from '../format/frenchFormats.ts';
import { ReadsChart } from './ReadsChart.tsx';

/** The chain's last verification, at a glance: when, how many rows, intact or broken. */
function IntegrityCard() {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const status = useQuery({
    queryKey: ['audit', 'integrity'],
    queryFn: ({ signal }) => dataProvider.readAction('audit', 'integrity', undefined, signal),
  });
  const last = status.data?.lastVerification;
  return (
    <Card sx={{ flex: 1 }} aria-label={translate('vigie.integrity.title')}>
      <CardHeader title={translate('vigie.integrity.title')} />
      <CardContent>
        {status.isError ? <Alert severity="error">{status.error.message}</Alert> : null}
        {status.data && !last ? <Chip color="warning" label={translate('vigie.integrity.never')} /> : null}
        {last ? (
          <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Chip
              color={last.ok ? 'success' : 'error'}
              label={translate(last.ok ? 'vigie.integrity.ok' : 'vigie.integrity.not_ok', {
                seq: last.firstBrokenSeq ?? '?',
                problem: last.problem ?? '',
              })}
            />
            <Typography variant="body2">
              {translate('vigie.dashboard.dpo.verified', {
                at: formatDateTime(last.finishedAt, locale),
                rows: formatNumber(last.rowsChecked, locale),
              })}
            </Typography>
          </Stack>
        ) : null}
      </CardContent>
      <CardActions>
        <Button component={Link} to="/integrite">
          {translate('vigie.dashboard.dpo.open_integrity')}
        </Button>
      </CardActions>
    </Card>
  );
}

/** How many flags wait for a review; the queue itself lists them. */
function OpenAnomaliesCard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data = [], total, isPending } = useGetList('anomalies', {
    filter: { status: 'pending' },
    sort: { field: 'occurredAt', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  return (
    <Card sx={{ flex: 1 }} aria-label={translate('vigie.dashboard.dpo.anomalies')}>
      <CardHeader title={translate('vigie.dashboard.dpo.anomalies')} />
      <CardContent>
        <Typography variant="h3" component="p" color={total ? 'warning.main' : 'text.primary'} data-testid="open-anomalies">
          {/* Past the reader's count cap the list has no total: "1+" is still true. */}
          {isPending ? '…' : total === undefined ? `${formatNumber(data.length, locale)}+` : formatNumber(total, locale)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('vigie.dashboard.dpo.anomalies_hint')}
        </Typography>
      </CardContent>
      <CardActions>
        <Button component={Link} to="/anomalies">
          {translate('vigie.dashboard.dpo.open_anomalies')}
        </Button>
      </CardActions>
    </Card>
  );
}

/** What the DPO would rather look at than read: the chain's state, the flags to review, the reads. */
export function DpoOverview() {
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <IntegrityCard />
        <OpenAnomaliesCard />
      </Stack>
      <ReadsChart />
    </Stack>
  );
}
