import {
  DateTimeInput,
  Labeled,
  NumberInput,
  SelectArrayInput,
  TextInput,
  minValue,
  required,
  useRecordContext,
} from 'react-admin';
import { personalDataCategories } from '@vigie/domain/enums';
import { choicesOf } from '../registers/choices.ts';
import { RegisterForm } from '../registers/screens.tsx';
import { BreachCountdown } from './BreachCountdown.tsx';

/** `datetime-local` gives the browser's wall time without an offset: the server takes an instant. */
const toInstant = (value: string | null) => (value ? new Date(value).toISOString() : null);

function Countdown() {
  return useRecordContext() ? (
    <Labeled source="notificationDeadline">
      <BreachCountdown />
    </Labeled>
  ) : null;
}

export function BreachForm() {
  return (
    <RegisterForm>
      <Countdown />
      <DateTimeInput source="detectedAt" parse={toInstant} validate={required()} />
      <TextInput source="description" validate={required()} multiline fullWidth />
      <SelectArrayInput source="dataCategories" choices={choicesOf(personalDataCategories, 'dataCategory')} validate={required()} fullWidth />
      <NumberInput source="approximatePeople" validate={[required(), minValue(0)]} />
      <TextInput source="consequences" validate={required()} multiline fullWidth />
      <TextInput source="measures" validate={required()} multiline fullWidth />
      <DateTimeInput source="cnilNotifiedAt" parse={toInstant} />
      <DateTimeInput source="peopleInformedAt" parse={toInstant} />
      <TextInput source="peopleNotInformedReason" multiline fullWidth />
    </RegisterForm>
  );
}
