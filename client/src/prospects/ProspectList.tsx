import { BooleanField, CreateButton, DataTable, DateField, List, SearchInput, TopToolbar } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** The contact form's messages, most recent contact first; kept 3 years after the last one they initiated. */
export default function ProspectList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'lastContactAt', order: 'DESC' }}
      exporter={false}
      perPage={25}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="fullName" />
        <DataTable.Col source="company" disableSort />
        <DataTable.Col source="email" disableSort />
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="lastContactAt">
          <DateField source="lastContactAt" />
        </DataTable.Col>
        <DataTable.Col source="newsletterConsent" disableSort>
          <BooleanField source="newsletterConsent" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
