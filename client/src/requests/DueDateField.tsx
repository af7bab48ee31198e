import { Chip } from '@mui/material';
import { urgencyOf } from '@vigie/domain/request-deadline';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats.ts';
import { isOpen, type SubjectRequest, today } from './Request.ts';

const colours = { late: 'error', soon: 'warning', ok: 'default' } as const;

/** The due date of an open request: red when late, orange within 7 days (the dashboard's colours too). */
export function DueDateField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<SubjectRequest>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const date = formatDate(record.dueAt, locale);
  if (!isOpen(record)) return <span>{date}</span>;
  const urgency = urgencyOf(record.dueAt, today());
  return (
    <Chip
      size="small"
      color={colours[urgency]}
      variant={urgency === 'ok' ? 'outlined' : 'filled'}
      label={urgency === 'ok' ? date : `${date} · ${translate(`vigie.requests.urgency.${urgency}`)}`}
    />
  );
}
