import { Alert, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProcessorCheck } from './Processor.ts';

/** The checks of one processor, errors in red and warnings in orange (processor page and dashboard). */
export function ProcessorChecks({ checks, quietText = true }: { checks: readonly ProcessorCheck[]; quietText?: boolean }) {
  const translate = useTranslate();
  if (checks.length === 0) {
    return quietText ? <Alert severity="success">{translate('vigie.processors.checks_ok')}</Alert> : null;
  }
  return (
    <Stack spacing={1}>
      {checks.map((check) => (
        <Alert key={check.code} severity={check.severity}>
          {translate(`vigie.processors.check.${check.code}`)}
        </Alert>
      ))}
    </Stack>
  );
}
