import {
  BooleanField,
  DataTable,
  DateField,
  EmailField,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  useLocaleState,
} from 'react-admin';
import { RoleField } from './RoleField.tsx';
import { roleChoices } from './Staff.ts';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <NullableBooleanInput key="disabled" source="disabled" />,
];

/**
 * No export and no bulk actions: an export is a bulk read of personal data, and accounts are
 * disabled one by one, never deleted (the audit log refers to them).
 */
export default function StaffList() {
  // Dates follow the chosen language, not the browser's.
  const [locale] = useLocaleState();
  return (
    <List filters={filters} sort={{ field: 'displayName', order: 'ASC' }} exporter={false}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="displayName" />
        <DataTable.Col source="email" field={EmailField} />
        <DataTable.Col source="role" field={RoleField} />
        <DataTable.Col source="disabled" field={BooleanField} />
        <DataTable.Col source="createdAt">
          <DateField source="createdAt" showTime locales={locale} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
