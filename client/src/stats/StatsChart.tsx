import { BarChart } from '@mui/x-charts/BarChart';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatNumber } from '../format/frenchFormats.ts';
import { valueLabel } from './labels.ts';
import type { StatsTableData } from './types.ts';

/** The table's inner cells as bars (one series per column); a hidden cell has no bar. */
export function StatsChart({ table }: { table: StatsTableData }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const value = (row: string, column: string | null) => table.cells.find((c) => c.row === row && c.column === column)?.value ?? null;
  const columns: (string | null)[] = table.columns ? table.columns.values : [null];
  const series = columns.map((column) => ({
    data: table.rows.values.map((row) => value(row, column)),
    label: column === null || !table.columns ? translate(`vigie.stats.measures.${table.measure}`) : valueLabel(table.columns.dimension, column, translate, locale),
    valueFormatter: (v: number | null) => (v === null ? translate('vigie.stats.suppressedMark') : formatNumber(v, locale)),
  }));
  return (
    <BarChart
      height={320}
      xAxis={[{ scaleType: 'band', data: table.rows.values.map((row) => valueLabel(table.rows.dimension, row, translate, locale)) }]}
      yAxis={[{ valueFormatter: (v: number) => formatNumber(v, locale) }]}
      series={series}
    />
  );
}
