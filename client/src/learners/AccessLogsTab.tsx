import { DataTable, Pagination, ReferenceManyField, TextField } from 'react-admin';
import { DateTimeField } from '../format/fields.tsx';

/** Sign-ins on the learner platform, newest first (kept six months, then purged). */
export function AccessLogsTab(_props: { label: false }) {
  return (
    <ReferenceManyField
      reference="accessLogs"
      target="learnerId"
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      empty="vigie.learners.no_access_logs"
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="occurredAt" field={DateTimeField} />
        <DataTable.Col source="ip" disableSort />
        <DataTable.Col source="browser" disableSort />
        <DataTable.Col source="os" disableSort />
        <DataTable.Col source="screen" disableSort />
        <DataTable.Col source="referrer" disableSort>
          <TextField source="referrer" sx={{ wordBreak: 'break-all' }} />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}
