import { Typography } from '@mui/material';
import {
  DataTable,
  Pagination,
  ReferenceManyField,
  useGetManyReference,
  useListContext,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField, DurationField } from '../format/fields.tsx';
import { WithholdableBoolean } from '../format/withheld.tsx';
import { formatPercent } from '../format/frenchFormats.ts';
import { AttendanceMilestones } from './AttendanceMilestones.tsx';
import type { Learner } from './Learner.ts';

const firstRowOnly = { page: 1, perPage: 1 };
const bySession = { field: 'sessionAt', order: 'DESC' } as const;

/**
 * Present sessions over all sessions: the list's own total, and one count of present sessions
 * (a page of one row), since the rate needs totals, not every row.
 */
function AttendanceRate() {
  const record = useRecordContext<Learner>();
  const { total } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const present = useGetManyReference(
    'attendance',
    { target: 'learnerId', id: record?.id, pagination: firstRowOnly, sort: bySession, filter: { present: true } },
    { enabled: Boolean(record?.id) && Boolean(total) },
  );
  // With no session at all, ReferenceManyField shows its `empty` text instead of this.
  if (!total || present.total == null) return null;
  return (
    <Typography variant="subtitle1" sx={{ mb: 1 }}>
      {translate('vigie.learners.attendance_rate', {
        rate: formatPercent(present.total / total, locale),
        present: present.total,
        total,
      })}
    </Typography>
  );
}

/** Jalons per contract, then the émargement: each session with its length, presence and signature time. */
export function AttendanceTab(_props: { label: false }) {
  return (
    <>
      <AttendanceMilestones />
      <ReferenceManyField
        reference="attendance"
        target="learnerId"
        sort={bySession}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
        empty="vigie.learners.attendance_none"
      >
        <AttendanceRate />
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="sessionAt" field={DateTimeField} />
          <DataTable.Col source="durationMinutes" field={DurationField} />
          <DataTable.Col source="present" field={WithholdableBoolean} />
          <DataTable.Col source="signedAt" field={DateTimeField} />
        </DataTable>
      </ReferenceManyField>
    </>
  );
}
