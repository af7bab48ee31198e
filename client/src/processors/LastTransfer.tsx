import { Typography } from '@mui/material';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatDateTime } from '../format/frenchFormats.ts';
import { NewsletterExport } from './NewsletterExport.tsx';
import type { Processor } from './Processor.ts';

/**
 * The last hand-over of personal data to this processor (the newsletter's audience) and how many
 * people; on the newsletter's processor, the export that makes the next one.
 */
export function LastTransfer() {
  const record = useRecordContext<Processor>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const id = record?.id;
  const query = useQuery({
    queryKey: ['newsletter.lastTransfer', id],
    queryFn: id ? ({ signal }) => dataProvider.readAction('newsletter', 'lastTransfer', { processorId: id }, signal) : skipToken,
  });
  const transfer = query.data?.data;
  return (
    <>
      <Typography variant="body2">
        {transfer
          ? translate('vigie.processors.last_transfer', {
              at: formatDateTime(transfer.transferredAt, locale),
              smart_count: transfer.recipientCount,
            })
          : translate('vigie.processors.no_transfer')}
      </Typography>
      {id && query.data?.receivesNewsletter ? <NewsletterExport processorId={id} /> : null}
    </>
  );
}
