import { Chip, Stack, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { entityNameKey, fieldNameKeys } from '@vigie/domain/journal-fr';
import { usePurposes } from '../purpose/usePurposes.ts';
import type { AuditEvent } from './AuditEvent.ts';
import { SUBJECTS_SHOWN, useSubjectName } from './subjectNames.tsx';

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

/** A learner by name once the page's names are read (a link to the file); the others by kind. */
function SubjectChip({ subject }: { subject: string }) {
  const translate = useTranslate();
  const name = useSubjectName(subject);
  const [kind = '', id = ''] = subject.split(':');
  const label = name ?? `${translate(`vigie.audit.subject.${kind}`, { _: kind })} ${id.slice(0, 8)}`;
  return kind === 'learner' ? (
    <Chip size="small" label={label} component={Link} to={`/learners/${id}/show`} clickable />
  ) : (
    <Chip size="small" label={label} variant="outlined" />
  );
}

/** The people concerned: learners link to their page; others are named by kind. */
export function SubjectsField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<AuditEvent>();
  if (!record) return null;
  const shown = record.subjectIds.slice(0, SUBJECTS_SHOWN);
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {shown.map((subject) => (
        <SubjectChip key={subject} subject={subject} />
      ))}
      {record.subjectIds.length > shown.length ? (
        <Typography variant="caption">+{record.subjectIds.length - shown.length}</Typography>
      ) : null}
    </Stack>
  );
}

/** A field of the entity ("phone"), or of a table read with it ("staff.displayName"), by its screens' name. */
function fieldName(translate: ReturnType<typeof useTranslate>, entity: string, field: string): string {
  const [screens, journal] = fieldNameKeys(entity, field);
  return translate(screens, { _: translate(journal, { _: field }) });
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
      {record.fields.map((field) => fieldName(translate, entity, field)).join(', ')}
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
      {translate(entityNameKey(record.entity), { smart_count: 2, _: record.entity })}
    </Typography>
  );
}
