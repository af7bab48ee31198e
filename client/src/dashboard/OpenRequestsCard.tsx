import { Card, CardContent, CardHeader, Chip, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { urgencyOf } from '@vigie/domain/request-deadline';
import { useGetList, useLocaleState, useRedirect, useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats.ts';
import { type SubjectRequest, today } from '../requests/Request.ts';

const colours = { late: 'error', soon: 'warning', ok: 'default' } as const;
const OPEN_SHOWN = 100;

/** Open subject-rights requests by due date, per assignee: late in red, due within 7 days in orange. */
export function OpenRequestsCard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const redirect = useRedirect();
  const { data = [], total } = useGetList<SubjectRequest>('requests', {
    filter: { open: true },
    sort: { field: 'dueAt', order: 'ASC' },
    pagination: { page: 1, perPage: OPEN_SHOWN },
  });
  const byAssignee = new Map<string, SubjectRequest[]>();
  for (const request of data) {
    const name = request.assigneeName ?? translate('vigie.requests.unassigned');
    byAssignee.set(name, [...(byAssignee.get(name) ?? []), request]);
  }
  const day = today();
  const count = (urgency: 'late' | 'soon') => data.filter((r) => urgencyOf(r.dueAt, day) === urgency).length;
  return (
    <Card sx={{ mt: 2 }} aria-label={translate('vigie.requests.dashboard_title')}>
      <CardHeader
        title={translate('vigie.requests.dashboard_title')}
        subheader={translate('vigie.requests.dashboard_summary', { total: total ?? data.length, late: count('late'), soon: count('soon') })}
      />
      <CardContent>
        {data.length === 0 ? <Typography>{translate('vigie.requests.dashboard_empty')}</Typography> : null}
        {[...byAssignee].map(([assignee, requests]) => (
          <Stack key={assignee} sx={{ mb: 1 }}>
            <Typography variant="subtitle2">{assignee}</Typography>
            <List dense disablePadding>
              {requests.map((request) => {
                const urgency = urgencyOf(request.dueAt, day);
                return (
                  // A list holds list items: the button sits inside one, for screen readers.
                  <ListItem key={request.id} disablePadding>
                    <ListItemButton onClick={() => redirect('show', 'requests', request.id)}>
                      <Chip
                        size="small"
                        color={colours[urgency]}
                        variant={urgency === 'ok' ? 'outlined' : 'filled'}
                        label={formatDate(request.dueAt, locale)}
                        sx={{ mr: 2, minWidth: 100 }}
                      />
                      <ListItemText
                        primary={request.requesterName}
                        secondary={request.types.map((type) => translate(`vigie.requests.type.${type}`)).join(', ')}
                      />
                    </ListItemButton>
                  </ListItem>
                );
              })}
            </List>
          </Stack>
        ))}
      </CardContent>
    </Card>
  );
}
