import { Stack, Typography } from '@mui/material';
import {
  CheckboxGroupInput,
  Create,
  DateInput,
  email,
  FormDataConsumer,
  maxLength,
  ReferenceField,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { channelChoices, today, typeChoices } from './Request.ts';
import { useAssigneeChoices } from './useAssignees.ts';
import { EmailInput } from '../format/EmailInput.tsx';

const notInFuture = (value: unknown) =>
  typeof value === 'string' && value > today() ? 'vigie.requests.received_in_future' : undefined;

/** Opened from a learner's file: the request is already attached to that learner. */
function AttachedLearner() {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
      <Typography variant="body2">{translate('vigie.requests.attached_to')}</Typography>
      <ReferenceField source="learnerId" reference="learners" link={false} />
    </Stack>
  );
}

/** A request as it came in: the server sets its due date, status and timeline. */
export default function RequestCreate() {
  const assignees = useAssigneeChoices();
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm defaultValues={{ receivedAt: today(), channel: 'email', types: [] }} sx={{ maxWidth: 640 }}>
        <FormDataConsumer<{ learnerId?: string }>>
          {({ formData }) => (formData.learnerId ? <AttachedLearner /> : null)}
        </FormDataConsumer>
        <DateInput source="receivedAt" validate={[required(), notInFuture]} helperText="vigie.requests.received_help" />
        <SelectInput source="channel" choices={channelChoices} validate={required()} />
        <TextInput source="requesterName" validate={[required(), maxLength(100)]} fullWidth />
        <EmailInput source="requesterEmail" validate={[email(), maxLength(254)]} fullWidth />
        <TextInput source="requesterContact" validate={maxLength(500)} helperText="vigie.requests.contact_help" fullWidth />
        <CheckboxGroupInput source="types" choices={typeChoices} validate={required()} />
        <TextInput source="description" multiline minRows={3} validate={maxLength(4000)} fullWidth />
        <SelectInput source="assigneeId" choices={assignees} emptyText="—" />
      </SimpleForm>
    </Create>
  );
}
