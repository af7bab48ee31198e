import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { downloadCsv } from '../employers/csv.ts';
import { formatDateTime } from '../format/frenchFormats.ts';
import { type StatsQuery, tableInputOf } from './query.ts';
import { StatsChart } from './StatsChart.tsx';
import { StatsControls } from './StatsControls.tsx';
import { statsCsv, statsFilename } from './statsCsv.ts';
import { StatsTable } from './StatsTable.tsx';
import { ThresholdSetting } from './ThresholdSetting.tsx';

/**
 * Anonymised cross-tables, their chart and their CSV (`/statistiques`); also the managers' home page,
 * where the dashboard keeps its own title (`embedded`).
 */
export function StatisticsPage({ embedded = false }: { embedded?: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const [query, setQuery] = useState<StatsQuery | null>(null);
  const meta = useQuery({
    queryKey: ['stats', 'dimensions', query?.period],
    queryFn: ({ signal }) => dataProvider.readAction('stats', 'dimensions', query ? { period: query.period } : undefined, signal),
    placeholderData: keepPreviousData,
  });
  const period = meta.data?.period ?? null;
  const current: StatsQuery | null = query ?? (period === null ? null : { period, rows: 'sector', columns: '', filterDimension: '', filterValue: '', measure: 'learners' });
  const input = current ? tableInputOf(current) : null;
  const table = useQuery({
    queryKey: ['stats', 'table', input],
    queryFn: input ? ({ signal }) => dataProvider.readAction('stats', 'table', input, signal) : skipToken,
    retry: false,
  });

  if (meta.isPending) return <Loading />;
  return (
    <Card sx={{ mt: 2 }}>
      {embedded ? null : <Title title={translate('vigie.stats.title')} />}
      <CardHeader title={translate('vigie.stats.title')} subheader={translate('vigie.stats.intro')} />
      <CardContent>
        {!meta.data || !current ? (
          <Alert severity="info">{translate('vigie.stats.noData')}</Alert>
        ) : (
          <Stack spacing={2}>
            <StatsControls meta={meta.data} query={current} onChange={setQuery} />
            {meta.data.refreshedAt ? (
              <Typography variant="body2" color="text.secondary">
                {translate('vigie.stats.freshness', { date: formatDateTime(meta.data.refreshedAt, locale) })}
              </Typography>
            ) : null}
            {table.error ? <Alert severity="warning">{table.error.message}</Alert> : null}
            {table.data ? (
              <>
                <Alert severity="info" role="note">
                  {translate('vigie.stats.suppressedLegend', { k: table.data.threshold, count: table.data.suppressedCount })}
                </Alert>
                <Box sx={{ overflowX: 'auto' }}><StatsTable table={table.data} /></Box>
                <Box>
                  <Button startIcon={<DownloadIcon />} variant="outlined"
                    onClick={() => table.data && downloadCsv(statsFilename(table.data, translate('vigie.stats.filename')), statsCsv(table.data, translate, locale))}>
                    {translate('vigie.stats.download')}
                  </Button>
                </Box>
                <Typography variant="h6" component="h2">{translate('vigie.stats.chart')}</Typography>
                <StatsChart table={table.data} />
              </>
            ) : null}
            <ThresholdSetting current={meta.data.threshold} />
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
