import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { DateTimeField } from '../format/fields.tsx';
import { WithholdableSelect, WithholdableText } from '../format/withheld.tsx';
import { channelChoices } from './Learner.ts';
import { StaffMemberField } from './StaffMemberField.tsx';

/** Past contacts with the service desk, newest first; "Nouvel échange" adds one and refreshes this list. */
export function InteractionsTab(_props: { label: false }) {
  return (
    <ReferenceManyField
      reference="interactions"
      target="learnerId"
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
      empty="vigie.learners.no_interactions"
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="occurredAt" field={DateTimeField} />
        <DataTable.Col source="channel">
          <WithholdableSelect source="channel" choices={channelChoices} />
        </DataTable.Col>
        <DataTable.Col source="staffId" field={StaffMemberField} disableSort />
        <DataTable.Col source="summary" disableSort>
          <WithholdableText source="summary" sx={{ whiteSpace: 'pre-wrap' }} />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}
