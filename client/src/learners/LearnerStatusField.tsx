import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Learner, LearnerStatus } from './Learner.ts';

const colours: Record<LearnerStatus, 'success' | 'error' | 'default' | 'warning'> = {
  active: 'success',
  blocked: 'error',
  ended: 'default',
  erased: 'warning',
};

/** The account status as a coloured chip: a blocked account must stand out before the agent answers. */
export function LearnerStatusField(_props: { source?: string }) {
  const record = useRecordContext<Learner>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colours[record.status] ?? 'default'}
      label={translate(`vigie.learnerStatus.${record.status}`)}
    />
  );
}
