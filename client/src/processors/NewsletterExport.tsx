import DownloadIcon from '@mui/icons-material/Download';
import { Button, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { downloadCsv } from '../employers/csv.ts';
import { usePurposes } from '../purpose/usePurposes.ts';

/** The purpose the server reads the audience under, whatever the session's (server/src/newsletter/router.ts). */
const NEWSLETTER = 'newsletter';

/**
 * Hands the newsletter's audience to its processor: the CSV in Brevo's import format, downloaded here
 * to import there. Each click is a transfer on the record (audited, counted), so "Dernier transfert"
 * follows at once; the purpose it is read under is said beside the button.
 */
export function NewsletterExport({ processorId }: { processorId: string }) {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { canAccess } = useCanAccess({ resource: 'newsletter', action: 'export' });
  const { options } = usePurposes('all');
  const purpose = options.find((o) => o.code === NEWSLETTER)?.label ?? NEWSLETTER;
  const transfer = useMutation({
    mutationFn: () => dataProvider.callAction('newsletter', 'audience', undefined),
    onSuccess: async ({ data }) => {
      downloadCsv(`audience-${data.processorName.split(' ')[0]?.toLowerCase() ?? 'newsletter'}-${data.transferredAt.slice(0, 10)}.csv`, data.csv);
      notify('vigie.processors.newsletter_done', { type: 'success', messageArgs: { smart_count: data.count } });
      await queryClient.invalidateQueries({ queryKey: ['newsletter.lastTransfer', processorId] });
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!canAccess) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1 }}>
      <Button variant="outlined" size="small" startIcon={<DownloadIcon />} disabled={transfer.isPending} onClick={() => transfer.mutate()}>
        {translate('vigie.processors.newsletter_export')}
      </Button>
      <Typography variant="caption" color="text.secondary">
        {translate('vigie.processors.newsletter_purpose', { purpose })}
      </Typography>
    </Stack>
  );
}
