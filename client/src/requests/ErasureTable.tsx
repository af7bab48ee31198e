import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats.ts';
import type { ErasurePreview } from './Request.ts';

type Item = ErasurePreview['categories'][number]['items'][number];

/** What the erasure does, category by category and table by table, with the ground of what stays. */
export function ErasureTable({ preview }: { preview: ErasurePreview }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`vigie.requests.erasure.${key}`);
  const row = (label: string, item: Item, key: string) => (
    <TableRow key={key} data-action={item.action}>
      <TableCell>{label}</TableCell>
      <TableCell>
        {translate(`vigie.dataEntity.${item.entity}`)} ({item.records})
      </TableCell>
      <TableCell sx={{ fontWeight: 600, color: item.action === 'erase' ? 'error.main' : 'success.dark' }}>{t(item.action)}</TableCell>
      <TableCell>{item.ground ?? '—'}</TableCell>
      <TableCell>{item.until ? formatDate(item.until, locale) : '—'}</TableCell>
    </TableRow>
  );
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['category', 'data', 'action', 'ground', 'until'].map((key) => (
            <TableCell key={key}>{t(key)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {preview.categories.flatMap((c) =>
          c.items.map((item, i) => row(translate(`vigie.dataCategory.${c.category}`), item, `${c.category}-${i}`)),
        )}
        {preview.proof.items.map((item) => row(t('proof'), item, `proof-${item.entity}`))}
      </TableBody>
    </Table>
  );
}
