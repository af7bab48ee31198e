import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Card, CardContent, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatDateTime, formatNumber } from '../format/frenchFormats.ts';
import { VerifyNow } from './VerifyNow.tsx';

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack direction="row" spacing={2}>
      <Typography variant="body2" sx={{ minWidth: 260, color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Stack>
  );
}

/** The hash chain's state, its last verification, the checkpoint to keep elsewhere, and "Vérifier maintenant". */
export default function IntegrityPage() {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const status = useQuery({
    queryKey: ['audit', 'integrity'],
    queryFn: ({ signal }) => dataProvider.readAction('audit', 'integrity', undefined, signal),
  });
  const copy = async (line: string) => {
    await navigator.clipboard.writeText(line);
    notify('vigie.integrity.copied', { type: 'info' });
  };
  const s = status.data;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="vigie.integrity.title" />
      {status.isPending ? <Loading /> : null}
      {status.isError ? <Alert severity="error">{status.error.message}</Alert> : null}
      {s ? (
        <Stack spacing={2}>
          <Card>
            <CardContent>
              <Stack spacing={1}>
                <Line label={translate('vigie.integrity.sealed')}>
                  {s.head ? `${formatNumber(s.head.seq, locale)} · ${formatDateTime(s.head.sealedAt, locale)}` : '—'}
                </Line>
                <Line label={translate('vigie.integrity.pending')}>{formatNumber(s.pending, locale)}</Line>
                <Line label={translate('vigie.integrity.last_verification')}>
                  {s.lastVerification
                    ? `${formatDateTime(s.lastVerification.finishedAt, locale)} · ${translate(
                        s.lastVerification.ok ? 'vigie.integrity.ok' : 'vigie.integrity.not_ok',
                        { seq: s.lastVerification.firstBrokenSeq ?? '?', problem: s.lastVerification.problem ?? '' },
                      )} · ${formatNumber(s.lastVerification.rowsChecked, locale)}`
                    : translate('vigie.integrity.never')}
                </Line>
                {s.start ? (
                  <Line label={translate('vigie.integrity.start')}>
                    <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
                      {translate('vigie.integrity.start_text', { before: formatDateTime(s.start.before, locale), line: s.start.line })}
                    </Typography>
                  </Line>
                ) : null}
                <Line label={translate('vigie.integrity.checkpoint')}>
                  {s.checkpoint ? (
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="checkpoint">
                        {s.checkpoint.line}
                      </Typography>
                      <Tooltip title={translate('vigie.integrity.copy')}>
                        <IconButton aria-label={translate('vigie.integrity.copy')} onClick={() => copy(s.checkpoint?.line ?? '')}>
                          <ContentCopyIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </Stack>
                  ) : (
                    '—'
                  )}
                </Line>
              </Stack>
            </CardContent>
          </Card>
          <VerifyNow latest={s.run} />
        </Stack>
      ) : null}
    </Box>
  );
}
