import {
  BooleanInput,
  Edit,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  TopToolbar,
  email,
  required,
} from 'react-admin';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { ResetPasswordButton } from './ResetPasswordButton.tsx';
import { roleChoices, type Staff } from './Staff.ts';
import { EmailInput } from '../format/EmailInput.tsx';

// Only the editable fields travel: ids and timestamps are the server's to set.
const editableFields = ({ email, displayName, role, disabled }: Partial<Staff>) => ({
  email,
  displayName,
  role,
  disabled,
});

/** No delete button: an account is disabled, never deleted, because the audit log refers to it. */
export default function StaffEdit() {
  const onError = useReadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      transform={editableFields}
      queryOptions={{ onError }}
      actions={
        <TopToolbar>
          <ResetPasswordButton />
        </TopToolbar>
      }
    >
      <SimpleForm
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <TextInput source="displayName" validate={required()} />
        <EmailInput source="email" validate={[required(), email()]} autoComplete="off" />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <BooleanInput source="disabled" />
      </SimpleForm>
    </Edit>
  );
}
