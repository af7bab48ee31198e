import DescriptionIcon from '@mui/icons-material/Description';
import { Button, CreateButton, DataTable, LinkBase, List, SearchInput, TopToolbar, useCanAccess } from 'react-admin';
import { CodeField, CodesField } from '../registers/fields.tsx';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** The register's own export (CNIL layout and CSV), for those who keep it. */
export function RegisterButton() {
  const { canAccess } = useCanAccess({ resource: 'activities', action: 'export' });
  if (!canAccess) return null;
  return (
    <Button label="vigie.activities.register" component={LinkBase} to="/activities/register">
      <DescriptionIcon />
    </Button>
  );
}

export default function ActivityList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
      perPage={25}
      actions={
        <TopToolbar>
          <RegisterButton />
          <CreateButton />
        </TopToolbar>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="legalBasis">
          <CodeField source="legalBasis" prefix="legalBasis" />
        </DataTable.Col>
        <DataTable.Col source="dataCategories" disableSort>
          <CodesField source="dataCategories" prefix="dataCategory" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
