import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="employerId" source="employerId" reference="employers">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

/** Closed groups: one employer's learners trained together. */
export default function GroupList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="employerId" disableSort>
          <ReferenceField source="employerId" reference="employers" link={false} />
        </DataTable.Col>
        <DataTable.Col source="language" />
        <DataTable.NumberCol source="memberCount" />
      </DataTable>
    </List>
  );
}
