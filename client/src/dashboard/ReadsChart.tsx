import { Alert, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatDate, formatNumber } from '../format/frenchFormats.ts';
import { type ReadsPerDay, readsSeries } from './readsSeries.ts';

function RoleBars({ reads, denied, height }: { reads: ReadsPerDay; denied: boolean; height: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { days, series } = readsSeries(reads, denied);
  if (series.length === 0) return <Typography color="text.secondary">{translate('vigie.dashboard.dpo.none')}</Typography>;
  return (
    <BarChart
      height={height}
      xAxis={[{ scaleType: 'band', data: days, valueFormatter: (day: string) => formatDate(day, locale).slice(0, 5) }]}
      yAxis={[{ valueFormatter: (v: number) => formatNumber(v, locale), tickMinStep: 1 }]}
      series={series.map(({ role, data }) => ({
        data,
        stack: 'roles',
        label: translate(`vigie.roles.${role}`, { _: role }),
        valueFormatter: (v: number | null) => formatNumber(v, locale),
      }))}
    />
  );
}

/** Reads of personal data per day over 30 days, stacked by role; the refused ones in a chart of their own. */
export function ReadsChart() {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const reads = useQuery({
    queryKey: ['audit', 'readsPerDay'],
    queryFn: ({ signal }) => dataProvider.readAction('audit', 'readsPerDay', undefined, signal),
  });
  return (
    <Card aria-label={translate('vigie.dashboard.dpo.reads')}>
      <CardHeader title={translate('vigie.dashboard.dpo.reads')} subheader={translate('vigie.dashboard.dpo.reads_hint')} />
      <CardContent>
        {reads.isError ? <Alert severity="error">{reads.error.message}</Alert> : null}
        {reads.data ? (
          <>
            <RoleBars reads={reads.data.data} denied={false} height={300} />
            <Typography variant="subtitle1" sx={{ mt: 2 }}>
              {translate('vigie.dashboard.dpo.denied')}
            </Typography>
            <RoleBars reads={reads.data.data} denied height={200} />
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
