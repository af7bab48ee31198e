import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Learner } from './Learner.ts';

/** What staff must know before acting: a restriction (Art. 18), an objection to quality-assurance visits. */
export function LearnerFlags() {
  const record = useRecordContext<Learner>();
  const translate = useTranslate();
  if (!record || (!record.restrictedAt && !record.objectsToQualityVisits)) return null;
  return (
    <Stack direction="row" spacing={1}>
      {record.restrictedAt ? <Chip color="error" label={translate('vigie.learners.restricted')} /> : null}
      {record.objectsToQualityVisits ? <Chip color="warning" label={translate('vigie.learners.no_quality_visit')} /> : null}
    </Stack>
  );
}
