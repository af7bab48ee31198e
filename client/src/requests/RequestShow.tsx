import { Card, CardContent, Grid, Typography } from '@mui/material';
import { RecordField, Show, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, DayField } from '../format/fields.tsx';
import { formatDateTime } from '../format/frenchFormats.ts';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { DueDateField } from './DueDateField.tsx';
import { LearnerMatch } from './LearnerMatch.tsx';
import type { SubjectRequest } from './Request.ts';
import { RequestActions } from './RequestActions.tsx';
import { RequestStatusField, TypesField } from './RequestFields.tsx';
import { RequestTimeline } from './RequestTimeline.tsx';

const inline = { '& .RaRecordField-label': { width: 200, flexShrink: 0 } };

/** One request: what was asked, by whom, its deadline and checks, the learner, and its timeline. */
export default function RequestShow() {
  const onError = useReadErrorHandler();
  return (
    <Show actions={<RequestActions />} queryOptions={{ onError }}>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid size={{ xs: 12, md: 7 }} sx={inline}>
          <RecordField source="status" variant="inline" field={RequestStatusField} />
          <RecordField source="types" variant="inline" field={TypesField} />
          <RecordField source="receivedAt" variant="inline" field={DayField} />
          <RecordField source="dueAt" variant="inline" field={DueDateField} />
          <RecordField source="channel" variant="inline" render={(r: SubjectRequest) => <Translated group="channel" code={r.channel} />} />
          <RecordField source="requesterName" variant="inline" field={TextField} />
          <RecordField source="requesterEmail" variant="inline" field={TextField} empty="—" />
          <RecordField source="requesterContact" variant="inline" field={TextField} empty="—" />
          <RecordField source="description" variant="inline" field={TextField} empty="—" />
          <RecordField source="assigneeName" variant="inline" field={TextField} empty="—" />
          <Checks />
          <Section title="vigie.requests.learner">
            <LearnerMatch />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Section title="vigie.requests.timeline">
            <RequestTimeline />
          </Section>
        </Grid>
      </Grid>
    </Show>
  );
}

function Translated({ group, code }: { group: string; code: string }) {
  return <>{useTranslate()(`vigie.requests.${group}.${code}`)}</>;
}

/** The identity check, the extension and the rejection ground, when there are any. */
function Checks() {
  const record = useRecordContext<SubjectRequest>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <>
      <RecordField
        source="identityCheckedAt"
        variant="inline"
        render={(r: SubjectRequest) =>
          r.identityMethod
            ? translate('vigie.requests.identity_checked', {
                method: translate(`vigie.requests.identityMethod.${r.identityMethod}`),
                name: r.identityCheckedByName ?? '',
                date: formatDateTime(r.identityCheckedAt, locale),
              })
            : translate('vigie.requests.identity_unchecked')
        }
      />
      {record.originalDueAt ? (
        <>
          <RecordField source="originalDueAt" variant="inline" field={DayField} />
          <RecordField source="extensionToldOn" variant="inline" field={DayField} />
          <RecordField source="extensionReason" variant="inline" field={TextField} />
        </>
      ) : null}
      {record.rejectionGround ? (
        <RecordField
          source="rejectionGround"
          variant="inline"
          render={(r: SubjectRequest) => <Translated group="rejectionGround" code={r.rejectionGround ?? ''} />}
        />
      ) : null}
      {record.closedAt ? <RecordField source="closedAt" variant="inline" field={DateTimeField} /> : null}
    </>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
