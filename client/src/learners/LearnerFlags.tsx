import { shown } from '../format/withheld.tsx';
import { Chip, Stack } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats.ts';
import type { Learner } from './Learner.ts';

/**
 * What staff must know before acting: a restriction (Art. 18), a legal hold, an objection to
 * quality-assurance visits.
 */
export function LearnerFlags() {
  const record = useRecordContext<Learner>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record || (!record.restrictedAt && !record.objectsToQualityVisits && !record.legalHoldUntil)) return null;
  return (
    <Stack direction="row" spacing={1}>
      {record.restrictedAt ? <Chip color="error" label={translate('vigie.learners.restricted')} /> : null}
      {record.legalHoldUntil ? (
        <Chip
          color="warning"
          label={`${translate('vigie.learners.legal_hold.title')} — ${translate('vigie.learners.legal_hold.until', {
            until: formatDate(shown(record.legalHoldUntil) ?? null, locale),
            reason: shown(record.legalHoldReason) ?? '',
          })}`}
        />
      ) : null}
      {record.objectsToQualityVisits ? <Chip color="warning" label={translate('vigie.learners.no_quality_visit')} /> : null}
    </Stack>
  );
}
