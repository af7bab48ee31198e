import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  ReferenceArrayInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextArrayInput,
  TextInput,
  minValue,
  number,
  required,
} from 'react-admin';
import {
  dataSubjectCategories,
  internalRecipients,
  legalBases,
  personalDataCategories,
  retentionEvents,
  retentionUnits,
} from '@vigie/domain/enums';
import { choicesOf } from '../registers/choices.ts';
import { RegisterForm } from '../registers/screens.tsx';

/**
 * Create and edit: the whole activity. Each data category needs its retention rule (period, unit,
 * starting event): the retention engine reads them. The server checks it all again, per field.
 */
export function ActivityForm() {
  return (
    <RegisterForm defaultValues={{ retention: [], employerRecipient: false }}>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="purpose" validate={required()} multiline fullWidth />
      <SelectInput source="legalBasis" choices={choicesOf(legalBases, 'legalBasis')} validate={required()} />
      <FormDataConsumer<{ legalBasis?: string }>>
        {({ formData }) =>
          formData.legalBasis === 'legitimate_interest' && (
            <TextInput source="legitimateInterest" validate={required()} multiline fullWidth />
          )
        }
      </FormDataConsumer>
      <SelectArrayInput
        source="subjectCategories"
        choices={choicesOf(dataSubjectCategories, 'subjectCategory')}
        validate={required()}
        fullWidth
      />
      <SelectArrayInput
        source="dataCategories"
        choices={choicesOf(personalDataCategories, 'dataCategory')}
        validate={required()}
        fullWidth
      />
      <ArrayInput source="retention">
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="category" choices={choicesOf(personalDataCategories, 'dataCategory')} validate={required()} />
          <NumberInput source="period" validate={[required(), number(), minValue(0)]} sx={{ width: 100 }} />
          <SelectInput source="unit" choices={choicesOf(retentionUnits, 'retentionUnit')} validate={required()} />
          <SelectInput source="startsAt" choices={choicesOf(retentionEvents, 'retentionEvent')} validate={required()} />
          <TextInput source="note" />
        </SimpleFormIterator>
      </ArrayInput>
      <SelectArrayInput
        source="internalRecipients"
        choices={choicesOf(internalRecipients, 'internalRecipient')}
        fullWidth
      />
      <BooleanInput source="employerRecipient" />
      <ReferenceArrayInput source="processorIds" reference="processors" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <SelectArrayInput optionText="name" fullWidth />
      </ReferenceArrayInput>
      <TextArrayInput source="securityMeasures" fullWidth />
    </RegisterForm>
  );
}
