import { BooleanInput, DateTimeInput, email, maxLength, required, SimpleForm, TextInput } from 'react-admin';

/** The contact form's fields; name, phone and e-mail are mandatory there, so here too. */
export function ProspectForm({ withLastContact }: { withLastContact: boolean }) {
  return (
    <SimpleForm sx={{ maxWidth: 560 }}>
      <TextInput source="fullName" validate={[required(), maxLength(100)]} fullWidth />
      <TextInput source="phone" validate={required()} fullWidth />
      <TextInput source="email" type="email" validate={[required(), email()]} autoComplete="off" fullWidth />
      <TextInput source="company" fullWidth />
      <TextInput source="need" multiline minRows={2} fullWidth />
      <BooleanInput source="newsletterConsent" />
      {withLastContact ? <DateTimeInput source="lastContactAt" helperText="resources.prospects.last_contact_help" /> : null}
    </SimpleForm>
  );
}
