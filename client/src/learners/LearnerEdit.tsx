import { Divider, Typography } from '@mui/material';
import { BooleanInput, ShowButton, TextInput, TopToolbar, useTranslate } from 'react-admin';
import { rectification, learnerValidators as rules } from './learnerRules.ts';
import { PhoneInput } from './PhoneInput.tsx';
import { PhotoUpload } from './PhotoUpload.tsx';
import { RectificationEdit } from './RectificationEdit.tsx';

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <>
      <Divider flexItem sx={{ my: 1 }} />
      <Typography variant="subtitle2">{translate(title)}</Typography>
    </>
  );
}

/** A learner's rectification: identity, profile, employment, consents and objections, the photo. */
export default function LearnerEdit() {
  return (
    <RectificationEdit
      transform={rectification}
      redirect="show"
      maxWidth={720}
      actions={
        <TopToolbar>
          <ShowButton />
        </TopToolbar>
      }
    >
      <PhotoUpload />
      <TextInput source="lastName" validate={rules.lastName} fullWidth />
      <TextInput source="firstName" validate={rules.firstName} fullWidth />
      <TextInput source="email" validate={rules.email} autoComplete="off" fullWidth />
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
    </RectificationEdit>
  );
}
