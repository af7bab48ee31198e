import { Divider, Typography } from '@mui/material';
import {
  BooleanInput,
  Edit,
  SaveButton,
  ShowButton,
  SimpleForm,
  TextInput,
  Toolbar,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { rectification, learnerValidators as rules } from './learnerRules.ts';
import { PhoneInput } from './PhoneInput.tsx';
import { PhotoUpload } from './PhotoUpload.tsx';

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <>
      <Divider flexItem sx={{ my: 1 }} />
      <Typography variant="subtitle2">{translate(title)}</Typography>
    </>
  );
}

/**
 * Rectification (GDPR Art. 16). Pessimistic: "saved" appears once the change and its audit row
 * exist; the server's per-field messages (dataProvider: body.errors) show under the fields.
 * No delete button: erasure is a subject-rights request, not a click here.
 */
export default function LearnerEdit() {
  const onError = useReadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      transform={rectification}
      queryOptions={{ onError }}
      redirect="show"
      actions={
        <TopToolbar>
          <ShowButton />
        </TopToolbar>
      }
    >
      <SimpleForm
        sx={{ maxWidth: 720 }}
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <PhotoUpload />
        <TextInput source="lastName" validate={rules.lastName} fullWidth />
        <TextInput source="firstName" validate={rules.firstName} fullWidth />
        <TextInput source="email" type="email" validate={rules.email} autoComplete="off" fullWidth />
        <PhoneInput />
        <Section title="vigie.learners.tabs.profile" />
        <TextInput source="locality" validate={rules.locality} fullWidth />
        <TextInput
          source="country"
          validate={rules.country}
          parse={(value: string) => value.toUpperCase()}
          helperText="vigie.learners.country_help"
          slotProps={{ htmlInput: { maxLength: 2 } }}
        />
        <TextInput source="presentation" validate={rules.presentation} multiline minRows={3} fullWidth />
        <TextInput source="profitCentre" validate={rules.profitCentre} fullWidth />
        <TextInput source="jobTitle" validate={rules.jobTitle} fullWidth />
        <Section title="vigie.learners.consents" />
        <BooleanInput source="newsletterConsent" />
        <BooleanInput source="objectsToQualityVisits" />
        <BooleanInput source="objectsToAnalytics" />
        <BooleanInput source="objectsToStatistics" />
      </SimpleForm>
    </Edit>
  );
}
