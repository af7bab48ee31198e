import { DataTable, List, SearchInput } from 'react-admin';
import { SiretField } from '../format/fields.tsx';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** Companies are legal persons, but an export would still be a bulk read: none here either. */
export default function EmployerList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="siret" field={SiretField} />
        <DataTable.Col source="sector" />
        <DataTable.Col source="city" />
      </DataTable>
    </List>
  );
}
