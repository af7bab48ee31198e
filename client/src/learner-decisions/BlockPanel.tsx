import { Alert, AlertTitle, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useCanAccess, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate, formatDateTime } from '../format/frenchFormats.ts';
import type { Learner } from '../learners/Learner.ts';
import { today } from '../requests/Request.ts';
import type { Decision } from './Decision.ts';

const HISTORY_SHOWN = 50;

/**
 * On the learner's file, for admins and the DPO: the block in force (reason, author, date, review date)
 * and the history of decisions, newest first. The unblock action is in the toolbar (BlockButton).
 */
export function BlockPanel() {
  const record = useRecordContext<Learner>();
  const { canAccess } = useCanAccess({ resource: 'learnerDecisions', action: 'list' });
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data = [] } = useGetList<Decision>(
    'learnerDecisions',
    { filter: { learnerId: record?.id }, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: HISTORY_SHOWN } },
    { enabled: Boolean(record && canAccess) },
  );
  if (!record || !canAccess || data.length === 0) return null;
  const t = (key: string, options?: Record<string, unknown>) => translate(`vigie.fraud.block.${key}`, options);
  const current = record.status === 'blocked' ? data.find((d) => d.kind === 'block' || d.kind === 'unblock') : undefined;
  const block = current?.kind === 'block' ? current : undefined;
  const due = block?.reviewOn && block.reviewOn < today();
  return (
    <div aria-label={t('history')}>
      {block ? (
        <Alert severity="error" sx={{ m: 2 }}>
          <AlertTitle>{t('title')}</AlertTitle>
          {t('summary', { date: formatDateTime(block.decidedAt, locale), author: block.authorName ?? '—', reason: block.reason })}
          <br />
          {t(due ? 'review_due' : 'review', { date: formatDate(block.reviewOn, locale) })}
        </Alert>
      ) : null}
      <Typography variant="subtitle2" sx={{ mx: 2 }}>
        {t('history')}
      </Typography>
      <List dense sx={{ mx: 1 }}>
        {data.map((decision) => (
          <ListItem key={decision.id}>
            <ListItemText
              primary={t('history_line', {
                kind: t(`kind.${decision.kind}`),
                date: formatDateTime(decision.decidedAt, locale),
                author: decision.authorName ?? '—',
                reason: decision.reason,
              })}
              secondary={decision.reviewOn ? `${t('review_on')} : ${formatDate(decision.reviewOn, locale)}` : null}
            />
          </ListItem>
        ))}
      </List>
    </div>
  );
}
