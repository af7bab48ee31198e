import {
  BooleanInput,
  DateInput,
  FormDataConsumer,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  email,
  required,
} from 'react-admin';
import { personalDataCategories, processorRoles, processorStatuses, transferSafeguards } from '@vigie/domain/enums';
import { choicesOf } from '../registers/choices.ts';
import { RegisterForm } from '../registers/screens.tsx';
import { EmailInput } from '../format/EmailInput.tsx';

const country = (value: string) => (/^[A-Za-z]{2}$/.test(value ?? '') ? undefined : 'vigie.learners.invalid_country');

/** Create and edit: the whole processor (the server checks it again and answers per field). No delete: a processor ends. */
export function ProcessorForm() {
  return (
    <RegisterForm defaultValues={{ role: 'processor', safeguard: 'none', status: 'active', adequacyDecision: false }}>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="service" validate={required()} fullWidth />
      <SelectInput source="role" choices={choicesOf(processorRoles, 'processorRole')} validate={required()} />
      <FormDataConsumer<{ role?: string }>>
        {({ formData }) =>
          formData.role === 'sub_processor' && (
            <ReferenceInput source="parentId" reference="processors" filter={{ role: 'processor' }}>
              <SelectInput optionText="name" validate={required()} />
            </ReferenceInput>
          )
        }
      </FormDataConsumer>
      <TextInput source="country" validate={[required(), country]} helperText="vigie.learners.country_help" />
      <BooleanInput source="adequacyDecision" />
      <SelectInput source="safeguard" choices={choicesOf(transferSafeguards, 'safeguard')} validate={required()} />
      <TextInput source="safeguardVersion" fullWidth />
      <SelectArrayInput
        source="dataCategories"
        choices={choicesOf(personalDataCategories, 'dataCategory')}
        validate={required()}
        fullWidth
      />
      <TextArrayInput source="purposes" fullWidth />
      <ReferenceArrayInput source="activityIds" reference="activities" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <SelectArrayInput optionText="name" fullWidth />
      </ReferenceArrayInput>
      <DateInput source="contractSignedOn" />
      <DateInput source="contractReviewOn" />
      <TextArrayInput source="securityMeasures" fullWidth />
      <TextInput source="contactName" fullWidth />
      <EmailInput source="contactEmail" validate={email()} fullWidth />
      <TextInput source="contactPhone" type="tel" fullWidth />
      <SelectInput source="status" choices={choicesOf(processorStatuses, 'processorStatus')} validate={required()} />
    </RegisterForm>
  );
}
