import { Edit, required, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar } from 'react-admin';
import { contactRoleChoices } from '../employers/EmployerContacts.tsx';
import { learnerValidators as rules, rectificationOf } from '../learners/learnerRules.ts';
import { PhoneInput } from '../learners/PhoneInput.tsx';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';

const rectification = rectificationOf(['lastName', 'firstName', 'email', 'phone', 'role'], ['phone']);

/**
 * An employer's contact person asks for a correction (they are data subjects too): pessimistic like
 * the learner's, the audit row names the changed fields; back to the employer's page once saved.
 */
export default function EmployerContactEdit() {
  const onError = useReadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      transform={rectification}
      queryOptions={{ onError }}
      redirect={(_resource, _id, data) => `employers/${data?.employerId}/show`}
    >
      <SimpleForm
        sx={{ maxWidth: 560 }}
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <TextInput source="lastName" validate={rules.lastName} fullWidth />
        <TextInput source="firstName" validate={rules.firstName} fullWidth />
        <SelectInput source="role" choices={contactRoleChoices} validate={required()} fullWidth />
        <TextInput source="email" type="email" validate={rules.email} autoComplete="off" fullWidth />
        <PhoneInput />
      </SimpleForm>
    </Edit>
  );
}
