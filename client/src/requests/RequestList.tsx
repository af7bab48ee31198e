import { BooleanInput, DataTable, List, SelectInput } from 'react-admin';
import { DayField } from '../format/fields.tsx';
import { DueDateField } from './DueDateField.tsx';
import { statusChoices, typeChoices } from './Request.ts';
import { RequestStatusField, TypesField } from './RequestFields.tsx';
import { useAssigneeChoices } from './useAssignees.ts';

/** Requests by due date, the pressing ones first; open requests unless the filter says otherwise. */
export default function RequestList() {
  const assignees = useAssigneeChoices();
  const filters = [
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
    <SelectInput key="assigneeId" source="assigneeId" choices={assignees} alwaysOn />,
    <SelectInput key="type" source="type" choices={typeChoices} />,
    <BooleanInput key="open" source="open" />,
    <BooleanInput key="late" source="late" />,
    <BooleanInput key="dueSoon" source="dueSoon" />,
  ];
  return (
    <List filters={filters} filterDefaultValues={{ open: true }} sort={{ field: 'dueAt', order: 'ASC' }} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="dueAt" field={DueDateField} />
        <DataTable.Col source="receivedAt" field={DayField} />
        <DataTable.Col source="requesterName" />
        <DataTable.Col source="types" field={TypesField} disableSort />
        <DataTable.Col source="status" field={RequestStatusField} />
        <DataTable.Col source="assigneeName" disableSort />
      </DataTable>
    </List>
  );
}
