import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../format/frenchFormats.ts';

export interface Column<R> {
  label: string;
  value: (row: R) => ReactNode;
}

/** A titled table of an investigation; dates go through `when` so every table writes them alike. */
export function SeenTable<R>({ title, rows, columns, rowKey }: { title: string; rows: readonly R[]; columns: Column<R>[]; rowKey: (row: R, i: number) => string }) {
  return (
    <section aria-label={title}>
      <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
        {title}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.label}>{column.label}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={rowKey(row, i)}>
              {columns.map((column) => (
                <TableCell key={column.label}>{column.value(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** The labels and date format of the investigation's tables. */
export function useInvestigationWords() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return {
    t: (key: string, options?: Record<string, unknown>) => translate(`vigie.fraud.investigation.${key}`, options),
    when: (value: string) => formatDateTime(value, locale),
  };
}
