import { buildCsv } from '@vigie/domain/csv';
import type { StatsTableData } from './types.ts';
import { figureLabel, valueLabel } from './labels.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The table exactly as the screen shows it: the same labels, the same figures in French, "masqué"
 * where the screen says so. Nothing the screen does not show (no hidden value, no count behind a mean).
 */
export function statsCsv(table: StatsTableData, translate: Translate, locale: string): string {
  const label = (value: string | null, dimension = table.rows.dimension) =>
    value === null ? translate('vigie.stats.total') : valueLabel(dimension, value, translate, locale);
  const columns = table.columns ? [...table.columns.values, null] : [null];
  const cellAt = (row: string | null, column: string | null) => table.cells.find((c) => c.row === row && c.column === column);
  const header = (column: string | null) =>
    table.columns ? label(column, table.columns.dimension) : translate(`vigie.stats.measures.${table.measure}`);
  return buildCsv(
    [
      { header: translate(`vigie.stats.dimensions.${table.rows.dimension}`), value: (row: string | null) => label(row) },
      ...columns.map((column) => ({
        header: header(column),
        value: (row: string | null) => {
          const cell = cellAt(row, column);
          return cell ? figureLabel(table.measure, cell, translate, locale) : '';
        },
      })),
    ],
    [...table.rows.values, null],
  );
}

export const statsFilename = (table: StatsTableData, base: string) =>
  `${base}-${table.period}-${table.rows.dimension}${table.columns ? `-${table.columns.dimension}` : ''}.csv`;
