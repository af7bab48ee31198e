import { required, SelectInput, TextInput } from 'react-admin';
import { contactRoleChoices } from '../employers/EmployerContacts.tsx';
import { learnerValidators as rules, rectificationOf } from '../learners/learnerRules.ts';
import { PhoneInput } from '../learners/PhoneInput.tsx';
import { RectificationEdit } from '../learners/RectificationEdit.tsx';

const rectification = rectificationOf(['lastName', 'firstName', 'email', 'phone', 'role'], ['phone']);

/**
 * An employer's contact person asks for a correction (they are data subjects too), like a learner;
 * back to the employer's page once saved.
 */
export default function EmployerContactEdit() {
  return (
    <RectificationEdit
      transform={rectification}
      redirect={(_resource, _id, data) => `employers/${data?.employerId}/show`}
      maxWidth={560}
    >
      <TextInput source="lastName" validate={rules.lastName} fullWidth />
      <TextInput source="firstName" validate={rules.firstName} fullWidth />
      <SelectInput source="role" choices={contactRoleChoices} validate={required()} fullWidth />
      <TextInput source="email" validate={rules.email} autoComplete="off" fullWidth />
      <PhoneInput />
    </RectificationEdit>
  );
}
