import {
  AutocompleteArrayInput,
  DateInput,
  ReferenceArrayInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  required,
} from 'react-admin';
import { disclosureDecisions, personalDataCategories } from '@vigie/domain/enums';
import { choicesOf } from '../registers/choices.ts';
import { RegisterForm } from '../registers/screens.tsx';

const learnerName = (learner: { firstName: string; lastName: string; email: string }) =>
  `${learner.lastName} ${learner.firstName} (${learner.email})`;

/** A request from an authority; the DPO saving the decision is recorded as the one who took it. */
export function DisclosureForm() {
  return (
    <RegisterForm>
      <TextInput source="authority" validate={required()} fullWidth />
      <TextInput source="reference" validate={required()} />
      <TextInput source="legalBasis" validate={required()} fullWidth />
      <DateInput source="receivedOn" validate={required()} />
      <ReferenceArrayInput source="learnerIds" reference="learners">
        <AutocompleteArrayInput
          optionText={learnerName}
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          fullWidth
        />
      </ReferenceArrayInput>
      <SelectArrayInput
        source="dataCategories"
        choices={choicesOf(personalDataCategories, 'dataCategory')}
        validate={required()}
        fullWidth
      />
      <SelectInput source="decision" choices={choicesOf(disclosureDecisions, 'disclosureDecision')} validate={required()} />
      <DateInput source="disclosedOn" />
      <TextInput source="notes" multiline fullWidth />
    </RegisterForm>
  );
}
