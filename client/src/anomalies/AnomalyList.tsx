import { Button } from '@mui/material';
import { DataTable, Link, List, SelectField, SelectInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { actionChoices } from '../audit/AuditEvent.ts';
import { ActorField, PurposeField } from '../audit/AuditFields.tsx';
import { DateTimeField } from '../format/fields.tsx';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { ruleChoices, statusChoices } from './Anomaly.ts';
import { ReviewButton } from './ReviewButton.tsx';

const filters = [
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="rule" source="rule" choices={ruleChoices} alwaysOn />,
];

function Actions() {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <Button component={Link} to="/anomalies/regles">
        {translate('vigie.anomalies.rules')}
      </Button>
    </TopToolbar>
  );
}

/** The review queue: what the rules flagged, pending first by default; a click opens the audit row. */
export default function AnomalyList() {
  const onError = useReadErrorHandler();
  return (
    <List
      filters={filters}
      filterDefaultValues={{ status: 'pending' }}
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={25}
      actions={<Actions />}
      queryOptions={{ onError }}
    >
      <DataTable bulkActionButtons={false} rowClick={(_id, _resource, record) => `/audit/${record.eventId}/show`}>
        <DataTable.Col source="occurredAt" field={DateTimeField} />
        <DataTable.Col source="rule" disableSort>
          <SelectField source="rule" choices={ruleChoices} />
        </DataTable.Col>
        <DataTable.Col source="actorName" field={ActorField} disableSort />
        <DataTable.Col source="summary" disableSort />
        {/* The key repeats the staff member's id when the rule counts by person: "Par" names them already. */}
        <DataTable.Col source="key" disableSort render={(flag) => (flag.key === flag.actorStaffId ? '' : flag.key)} />
        <DataTable.Col source="action" disableSort>
          <SelectField source="action" choices={actionChoices} />
        </DataTable.Col>
        <DataTable.Col source="purposeCode" field={PurposeField} disableSort />
        <DataTable.Col source="status" disableSort>
          <SelectField source="status" choices={statusChoices} />
        </DataTable.Col>
        <DataTable.Col source="reviewNote" disableSort>
          <TextField source="reviewNote" sx={{ whiteSpace: 'pre-wrap' }} />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <ReviewButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
