import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Staff } from './Staff.ts';

/** The role as a chip, translated; used in the list where a plain code would read as jargon. */
export function RoleField(_props: { source?: string }) {
  const record = useRecordContext<Staff>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" label={translate(`vigie.roles.${record.role}`)} />;
}
