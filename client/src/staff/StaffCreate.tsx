import { Create, PasswordInput, SelectInput, SimpleForm, TextInput, email, minLength, required } from 'react-admin';
import { passwordMinLength, roleChoices } from './Staff.ts';
import { EmailInput } from '../format/EmailInput.tsx';

/** Pessimistic: the "created" message appears only once the account and its audit row exist. */
export default function StaffCreate() {
  return (
    <Create mutationMode="pessimistic" redirect="list">
      <SimpleForm defaultValues={{ role: 'agent' }}>
        <EmailInput source="email" validate={[required(), email()]} autoComplete="off" />
        <TextInput source="displayName" validate={required()} />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <PasswordInput
          source="password"
          validate={[required(), minLength(passwordMinLength)]}
          autoComplete="new-password"
        />
      </SimpleForm>
    </Create>
  );
}
