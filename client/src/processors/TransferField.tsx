import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Processor } from './Processor.ts';

/** "In the EU/EEA", "adequacy decision", or "outside: standard contractual clauses (version)". */
export function TransferField() {
  const record = useRecordContext<Processor>();
  const translate = useTranslate();
  if (!record) return null;
  const safeguard = [translate(`vigie.safeguard.${record.safeguard}`), record.safeguardVersion].filter(Boolean).join(' – ');
  const text = record.euEea
    ? translate('vigie.processors.in_eu')
    : record.adequacyDecision
      ? translate('vigie.processors.adequate')
      : translate('vigie.processors.outside', { safeguard });
  return (
    <Typography variant="body2" color={!record.euEea && !record.adequacyDecision && record.safeguard === 'none' ? 'error' : undefined}>
      {text}
    </Typography>
  );
}
