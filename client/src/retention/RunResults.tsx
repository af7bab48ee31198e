import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime, formatNumber } from '../format/frenchFormats.ts';

export interface RunResult {
  code: string;
  cutoff: string | null;
  gone: number;
  kept: { ground: string; count: number }[];
  skipped?: string | undefined;
  checkpoint?: string | undefined;
}

/** Policies that count people rather than rows. */
const countsLearners = new Set(['learner_data']);

/** A count, with what it counts where a policy counts learners. */
export function countText(translate: (key: string) => string, code: string, count: string): string {
  return countsLearners.has(code) ? `${count} ${translate(`vigie.retention.counted_in.${code}`)}` : count;
}

/** Per policy: what goes (or went), what stays and on which ground (a legal hold's reason, for one). */
export function RunResults({ results, dryRun }: { results: RunResult[]; dryRun: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Table size="small" aria-label={translate(dryRun ? 'vigie.retention.preview' : 'vigie.retention.finished')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('vigie.retention.policy')}</TableCell>
          <TableCell>{translate('vigie.retention.past')}</TableCell>
          <TableCell>{translate(dryRun ? 'vigie.retention.would_go' : 'vigie.retention.went')}</TableCell>
          <TableCell>{translate('vigie.retention.kept')}</TableCell>
          <TableCell>{translate('vigie.retention.why')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {results.map((r) => (
          <TableRow key={r.code}>
            <TableCell>{translate(`vigie.retention.codes.${r.code}`)}</TableCell>
            <TableCell>{r.cutoff ? formatDateTime(r.cutoff, locale) : '—'}</TableCell>
            <TableCell>{r.skipped ?? countText(translate, r.code, formatNumber(r.gone, locale))}</TableCell>
            <TableCell>{r.skipped ? '—' : countText(translate, r.code, formatNumber(r.kept.reduce((n, k) => n + k.count, 0), locale))}</TableCell>
            <TableCell>
              {r.kept.length === 0
                ? translate('vigie.retention.nothing_kept')
                : r.kept.map((k) => translate('vigie.retention.kept_ground', { count: formatNumber(k.count, locale), ground: k.ground })).join(' ; ')}
              {r.checkpoint ? (
                <Typography variant="caption" component="div" sx={{ wordBreak: 'break-all' }}>
                  {translate('vigie.retention.checkpoint', { checkpoint: r.checkpoint })}
                </Typography>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
