import { Chip, Stack, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { usePurposes } from '../purpose/usePurposes.ts';
import type { AuditEvent } from './AuditEvent.ts';

/** The purpose's label and the reference typed with it. */
export function PurposeField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<AuditEvent>();
  const { options } = usePurposes('all');
  if (!record?.purposeCode) return null;
  const label = options.find((o) => o.code === record.purposeCode)?.label ?? record.purposeCode;
  return (
    <Typography component="span" variant="body2">
      {label}
      {record.purposeRef ? ` · ${record.purposeRef}` : ''}
    </Typography>
  );
}

/** Who: the staff member's name and role, or nobody (a sign-in attempt). */
export function ActorField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!record) return null;
  const role = record.actorRole ? translate(`vigie.roles.${record.actorRole}`) : '';
  return (
    <Typography component="span" variant="body2">
      {record.actorName ?? translate('vigie.audit.nobody')}
      {role ? ` (${role})` : ''}
    </Typography>
  );
}

/** The people concerned: learners link to their page; others are named by kind. */
export function SubjectsField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!record) return null;
  const shown = record.subjectIds.slice(0, 3);
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {shown.map((subject) => {
        const [kind = '', id = ''] = subject.split(':');
        const label = `${translate(`vigie.audit.subject.${kind}`, { _: kind })} ${id.slice(0, 8)}`;
        return kind === 'learner' ? (
          <Chip key={subject} size="small" label={label} component={Link} to={`/learners/${id}/show`} clickable />
        ) : (
          <Chip key={subject} size="small" label={label} variant="outlined" />
        );
      })}
      {record.subjectIds.length > shown.length ? (
        <Typography variant="caption">+{record.subjectIds.length - shown.length}</Typography>
      ) : null}
    </Stack>
  );
}

/**
 * The fields read or written, in the DPO's words: each is named as its resource's screens name it
 * (`resources.<entity>.fields.<field>`), its code only when no screen shows it.
 */
export function FieldNames(_props: { source?: string; label?: string }) {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!record) return null;
  const entity = record.entity ?? '';
  return (
    <Typography component="span" variant="body2">
      {record.fields.map((field) => translate(`resources.${entity}.fields.${field}`, { _: field })).join(', ')}
    </Typography>
  );
}

/** What was read or written: the resource's name on its screens ("Stagiaires"), not its code. */
export function EntityName(_props: { source?: string; label?: string }) {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!record?.entity) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`resources.${record.entity}.name`, { smart_count: 2, _: record.entity })}
    </Typography>
  );
}
