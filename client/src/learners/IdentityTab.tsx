import { Divider, Skeleton, Stack, Typography } from '@mui/material';
import { RecordField, useTranslate } from 'react-admin';
import { DateTimeField } from '../format/fields.tsx';
import { formatPhone } from '../format/frenchFormats.ts';
import { RevealField } from '../format/RevealField.tsx';
import { isWithheld, type Withheld } from '@vigie/domain/withheld';
import { WithheldText, WithholdableText } from '../format/withheld.tsx';
import type { Learner } from './Learner.ts';
import { LearnerFlags } from './LearnerFlags.tsx';
import { LearnerStatusField } from './LearnerStatusField.tsx';

const consents = ['newsletterConsent', 'objectsToQualityVisits', 'objectsToAnalytics', 'objectsToStatistics'] as const;

/** Names, contact details, account status, and what the learner agreed to or objected to. */
export function IdentityTab(_props: { label: false }) {
  const translate = useTranslate();
  // Opened from the list, the file first shows the list's row, which has no consents: a placeholder, not "Non".
  const yesNo = (value: boolean | Withheld | undefined) =>
    value === undefined ? (
      <Skeleton width={40} />
    ) : isWithheld(value) ? (
      <WithheldText />
    ) : (
      translate(value ? 'ra.boolean.true' : 'ra.boolean.false')
    );
  return (
    <Stack spacing={1.5} sx={{ maxWidth: 720, '& .RaRecordField-label': { width: 280, flexShrink: 0 } }}>
      <RecordField source="lastName" variant="inline" field={WithholdableText} />
      <RecordField source="firstName" variant="inline" field={WithholdableText} />
      <RecordField source="email" variant="inline">
        <RevealField resource="learners" field="email" render={(email) => <a href={`mailto:${email}`}>{email}</a>} />
      </RecordField>
      <RecordField source="phone" variant="inline">
        <RevealField resource="learners" field="phone" render={(phone) => <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{formatPhone(phone)}</a>} />
      </RecordField>
      <RecordField source="status" variant="inline" field={LearnerStatusField} />
      <LearnerFlags />
      <RecordField source="createdAt" variant="inline" field={DateTimeField} />
      <RecordField source="updatedAt" variant="inline" field={DateTimeField} />
      <Divider />
      <Typography variant="subtitle2">{translate('vigie.learners.consents')}</Typography>
      {consents.map((source) => (
        <RecordField<Learner>
          key={source}
          source={source}
          variant="inline"
          render={(record: Partial<Learner>) => yesNo(record[source])}
        />
      ))}
    </Stack>
  );
}
