import { Card, CardContent, CardHeader, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { ReferenceField, useCanAccess, useGetList, useLocaleState, useRedirect, useTranslate, RecordContextProvider } from 'react-admin';
import { formatDate } from '../format/frenchFormats.ts';
import type { Decision } from './Decision.ts';

const SHOWN = 25;

/** The admin's dashboard: blocks in force whose review date has passed, oldest review first. */
export function BlocksDueCard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const redirect = useRedirect();
  const { canAccess } = useCanAccess({ resource: 'learnerDecisions', action: 'edit' });
  const { data = [], total } = useGetList<Decision>(
    'learnerDecisions',
    { filter: { reviewDue: true }, sort: { field: 'reviewOn', order: 'ASC' }, pagination: { page: 1, perPage: SHOWN } },
    { enabled: canAccess === true },
  );
  if (!canAccess) return null;
  const t = (key: string, options?: Record<string, unknown>) => translate(`vigie.fraud.block.${key}`, options);
  return (
    <Card sx={{ mt: 2 }} aria-label={t('dashboard_title')}>
      <CardHeader title={t('dashboard_title')} subheader={total ? t('dashboard_count', { smart_count: total }) : null} />
      <CardContent>
        {data.length === 0 ? <Typography>{t('dashboard_empty')}</Typography> : null}
        <List dense disablePadding>
          {data.map((decision) => (
            <RecordContextProvider key={decision.id} value={decision}>
              <ListItemButton onClick={() => redirect('show', 'learners', decision.learnerId)}>
                <ListItemText
                  primary={<ReferenceField source="learnerId" reference="learners" link={false} />}
                  secondary={t('dashboard_line', { date: formatDate(decision.reviewOn, locale), reason: decision.reason })}
                />
              </ListItemButton>
            </RecordContextProvider>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
