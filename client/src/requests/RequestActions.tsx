import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturb';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import GppGoodIcon from '@mui/icons-material/GppGood';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import {
  Button,
  DateInput,
  Link,
  maxLength,
  required,
  SelectInput,
  TextInput,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { AnswerPackageButton } from './AnswerPackage.tsx';
import { ErasureButton } from './ErasureButton.tsx';
import { RectifyButton } from './RectifyButton.tsx';
import { identityMethodChoices, isOpen, objectionChoices, rejectionGroundChoices, type SubjectRequest, today } from './Request.ts';
import { StepButton } from './StepButton.tsx';

const note = <TextInput source="note" multiline minRows={2} validate={maxLength(4000)} fullWidth />;

/** The steps this role may take on the request as it stands (domain/src/access.ts; the server decides either way). */
export function RequestActions() {
  const record = useRecordContext<SubjectRequest>();
  const { canAccess: canWork } = useCanAccess({ resource: 'requests', action: 'edit' });
  const { canAccess: canApprove } = useCanAccess({ resource: 'requests', action: 'approve' });
  if (!record) return null;
  const open = isOpen(record);
  const verified = Boolean(record.identityCheckedAt);
  const can = (type: SubjectRequest['types'][number]) =>
    open && verified && Boolean(record.learnerId) && record.types.includes(type);
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {canWork && open && !verified && (
        <StepButton action="verifyIdentity" name="verify_identity" icon={<GppGoodIcon />} defaults={{ method: 'account_email' }}>
          <SelectInput source="method" choices={identityMethodChoices} validate={required()} fullWidth />
          {note}
        </StepButton>
      )}
      {canWork && (can('access') || can('portability')) && <AnswerPackageButton />}
      {canWork && can('rectification') && <RectifyButton />}
      {canWork && can('objection') && (
        <StepButton action="recordObjection" name="objection" icon={<DoNotDisturbIcon />}>
          <SelectInput source="processing" choices={objectionChoices} validate={required()} fullWidth />
          {note}
        </StepButton>
      )}
      {canApprove && can('restriction') && !record.learnerRestricted && (
        <StepButton action="restrict" name="restrict" icon={<LockIcon />}>
          {note}
        </StepButton>
      )}
      {canApprove && can('restriction') && record.learnerRestricted && (
        <StepButton action="liftRestriction" name="lift_restriction" icon={<LockOpenIcon />}>
          {note}
        </StepButton>
      )}
      {can('erasure') && !record.erasureExecutedAt && <ErasureButton />}
      {record.erasureExecutedAt && (
        <Button component={Link} to={`/requests/${record.id}/effacement`} label="vigie.requests.erasure.answer">
          <ReceiptLongIcon />
        </Button>
      )}
      {canApprove && open && !record.originalDueAt && (
        <StepButton action="extend" name="extend" icon={<EventRepeatIcon />} defaults={{ toldOn: today() }}>
          <TextInput source="reason" multiline minRows={2} validate={[required(), maxLength(4000)]} fullWidth />
          <DateInput source="toldOn" validate={required()} />
        </StepButton>
      )}
      {canApprove && open && (
        <StepButton action="reject" name="reject" icon={<BlockIcon />}>
          <SelectInput source="ground" choices={rejectionGroundChoices} validate={required()} fullWidth />
          {note}
        </StepButton>
      )}
      {canWork && open && verified && (
        <StepButton action="complete" name="complete" icon={<CheckCircleIcon />}>
          {note}
        </StepButton>
      )}
      {canWork && (
        <StepButton action="addNote" name="note" icon={<NoteAddIcon />} transform={withDocument}>
          <TextInput source="note" multiline minRows={3} validate={[required(), maxLength(4000)]} fullWidth />
          <TextInput source="documentName" validate={maxLength(200)} helperText="vigie.requests.document_help" fullWidth />
        </StepButton>
      )}
    </TopToolbar>
  );
}

/** A note, with the document it is about when one is named. */
function withDocument({ note, documentName }: Record<string, unknown>) {
  return { note: String(note), ...(documentName ? { document: { name: String(documentName) } } : {}) };
}
