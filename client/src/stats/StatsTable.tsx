import { Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { figureLabel, valueLabel } from './labels.ts';
import type { StatsTableData } from './types.ts';

/** The cross-table with its totals; a hidden cell says so, and why, on hover. */
export function StatsTable({ table }: { table: StatsTableData }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const columns = table.columns ? [...table.columns.values, null] : [null];
  const rows = [...table.rows.values, null];
  const label = (value: string | null, dimension: StatsTableData['rows']['dimension']) =>
    value === null ? translate('vigie.stats.total') : valueLabel(dimension, value, translate, locale);
  const cellAt = (row: string | null, column: string | null) => table.cells.find((c) => c.row === row && c.column === column);
  const why = translate('vigie.stats.suppressedLegend', { k: table.threshold, count: table.suppressedCount });

  return (
    <Table size="small" aria-label={translate('vigie.stats.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate(`vigie.stats.dimensions.${table.rows.dimension}`)}</TableCell>
          {columns.map((column) => (
            <TableCell key={column ?? 'total'} align="right">
              {table.columns ? label(column, table.columns.dimension) : translate(`vigie.stats.measures.${table.measure}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row ?? 'total'} sx={row === null ? { '& td': { fontWeight: 'bold' } } : undefined}>
            <TableCell component="th" scope="row">{label(row, table.rows.dimension)}</TableCell>
            {columns.map((column) => {
              const cell = cellAt(row, column);
              const text = cell ? figureLabel(table.measure, cell, translate, locale) : '';
              return (
                <TableCell key={column ?? 'total'} align="right" data-suppressed={cell?.suppressed ? 'true' : undefined}
                  sx={cell?.suppressed ? { color: 'text.secondary', fontStyle: 'italic', bgcolor: 'action.hover' } : undefined}>
                  {cell?.suppressed ? <Tooltip title={why}><span>{text}</span></Tooltip> : text}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
