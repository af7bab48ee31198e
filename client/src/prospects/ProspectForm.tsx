import { BooleanInput, DateTimeInput, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { EmailInput } from '../format/EmailInput.tsx';
import { learnerValidators as rules, rectificationOf } from '../learners/learnerRules.ts';

/** A correction sends what was changed in full: the masked e-mail and phone, left as shown, stay as stored. */
export const prospectCorrection = rectificationOf(
  ['fullName', 'phone', 'email', 'company', 'need', 'newsletterConsent', 'lastContactAt'],
  ['company', 'need'],
);

/** The contact form's fields; name, phone and e-mail are mandatory there, so here too. */
export function ProspectForm({ withLastContact }: { withLastContact: boolean }) {
  return (
    <SimpleForm sx={{ maxWidth: 560 }}>
      <TextInput source="fullName" validate={[required(), maxLength(100)]} fullWidth />
      <TextInput source="phone" type="tel" validate={[required(), rules.phone]} fullWidth />
      <EmailInput source="email" validate={rules.email} autoComplete="off" fullWidth />
      <TextInput source="company" fullWidth />
      <TextInput source="need" multiline minRows={2} fullWidth />
      <BooleanInput source="newsletterConsent" />
      {withLastContact ? <DateTimeInput source="lastContactAt" helperText="resources.prospects.last_contact_help" /> : null}
    </SimpleForm>
  );
}
