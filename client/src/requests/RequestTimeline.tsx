import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatDateTime } from '../format/frenchFormats.ts';
import { PackageDownloadLink } from './AnswerPackage.tsx';
import type { RequestEvent, SubjectRequest } from './Request.ts';

type AnswerPackageStep = { packageId: string; expiresAt: string };

/** The answer package an `executed` step produced, if it did. */
function packageOf(event: RequestEvent): AnswerPackageStep | undefined {
  const details = event.details as Partial<AnswerPackageStep> | null;
  return event.kind === 'executed' && details?.packageId && details.expiresAt
    ? { packageId: details.packageId, expiresAt: details.expiresAt }
    : undefined;
}

/** Every step of the request, oldest first: who did what and when, with the note typed. */
export function RequestTimeline() {
  const record = useRecordContext<SubjectRequest>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: events = [] } = useQuery({
    queryKey: ['requests', 'timeline', record?.id],
    queryFn: record
      ? async ({ signal }) => (await dataProvider.readAction('requests', 'timeline', { id: record.id }, signal)).data
      : skipToken,
  });
  const describe = (event: RequestEvent) => {
    const what = translate(`vigie.requests.event.${event.kind}`);
    const to = event.statusTo ? ` → ${translate(`vigie.requests.status.${event.statusTo}`)}` : '';
    return `${what}${to}`;
  };
  return (
    <List dense aria-label={translate('vigie.requests.timeline')}>
      {events.map((event) => {
        const answer = packageOf(event);
        return (
          <ListItem key={event.id} divider>
            <ListItemText
              primary={describe(event)}
              secondary={
                <>
                  <Typography component="span" variant="body2">
                    {`${formatDateTime(event.occurredAt, locale)} · ${event.staffName}`}
                  </Typography>
                  {event.note ? (
                    <Typography component="span" variant="body2" sx={{ display: 'block', whiteSpace: 'pre-wrap' }}>
                      {event.note}
                    </Typography>
                  ) : null}
                  {answer ? <PackageDownloadLink {...answer} /> : null}
                </>
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
}
