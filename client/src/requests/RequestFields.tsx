import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { SubjectRequest } from './Request.ts';

/** The rights the request exercises, one chip each. */
export function TypesField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<SubjectRequest>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.types.map((type) => (
        <Chip key={type} size="small" variant="outlined" label={translate(`vigie.requests.type.${type}`)} />
      ))}
    </Stack>
  );
}

const statusColours = {
  received: 'info',
  awaiting_identity: 'warning',
  in_progress: 'primary',
  extended: 'secondary',
  completed: 'success',
  rejected: 'default',
} as const;

export function RequestStatusField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<SubjectRequest>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" color={statusColours[record.status]} label={translate(`vigie.requests.status.${record.status}`)} />;
}
