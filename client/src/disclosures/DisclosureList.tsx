import { DataTable, List, SearchInput } from 'react-admin';
import { DayField } from '../format/fields.tsx';
import { CodeField, CodesField } from '../registers/fields.tsx';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export default function DisclosureList() {
  return (
    <List filters={filters} sort={{ field: 'receivedOn', order: 'DESC' }} exporter={false} perPage={25}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="receivedOn" field={DayField} />
        <DataTable.Col source="authority" />
        <DataTable.Col source="reference" />
        <DataTable.Col source="dataCategories" disableSort>
          <CodesField source="dataCategories" prefix="dataCategory" />
        </DataTable.Col>
        <DataTable.Col source="decision">
          <CodeField source="decision" prefix="disclosureDecision" />
        </DataTable.Col>
        <DataTable.Col source="disclosedOn" field={DayField} />
      </DataTable>
    </List>
  );
}
