import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { PhoneField } from '../format/fields.tsx';
import { WithholdableText } from '../format/withheld.tsx';
import { cefrChoices, fundingChoices, statusChoices } from './Learner.ts';
import { LearnerStatusField } from './LearnerStatusField.tsx';

const filters = (translate: (key: string) => string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={translate('vigie.learners.search_placeholder')} />,
  <ReferenceInput key="employerId" source="employerId" reference="employers">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="funding" source="funding" choices={fundingChoices} />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <TextInput key="locality" source="locality" />,
  <SelectInput key="cefrLevel" source="cefrLevel" choices={cefrChoices} />,
];

/**
 * No export button and no bulk actions: agents find one learner at a time and must never take
 * personal data out in bulk (domain.md, "agent ... must never export bulk personal data").
 */
export default function LearnerList() {
  const translate = useTranslate();
  return (
    <List filters={filters(translate)} sort={{ field: 'lastName', order: 'ASC' }} exporter={false} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="lastName" />
        <DataTable.Col source="firstName" />
        <DataTable.Col source="email" />
        <DataTable.Col source="phone" field={PhoneField} disableSort />
        <DataTable.Col source="locality" />
        <DataTable.Col source="employerId" disableSort>
          <ReferenceField source="employerId" reference="employers" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="status" field={LearnerStatusField} />
      </DataTable>
    </List>
  );
}
