import { DataTable, List, NumberField } from 'react-admin';
import { DateTimeField } from '../format/fields.tsx';
import { CodesField } from '../registers/fields.tsx';
import { BreachCountdown } from './BreachCountdown.tsx';

export default function BreachList() {
  return (
    <List sort={{ field: 'detectedAt', order: 'DESC' }} exporter={false} perPage={25}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="detectedAt" field={DateTimeField} />
        <DataTable.Col source="description" />
        <DataTable.Col source="dataCategories" disableSort>
          <CodesField source="dataCategories" prefix="dataCategory" />
        </DataTable.Col>
        <DataTable.Col source="approximatePeople" field={NumberField} />
        <DataTable.Col source="notificationDeadline" disableSort>
          <BreachCountdown />
        </DataTable.Col>
        <DataTable.Col source="cnilNotifiedAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
}
