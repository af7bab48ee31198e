import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { DayField, NumberText, PriceField } from '../format/fields.tsx';
import { WithholdableSelect, WithholdableText } from '../format/withheld.tsx';
import { contractStatusChoices, fundingChoices } from './Learner.ts';

/** The learner's training contracts, newest first; the funding decides what the employer may see. */
export function ContractsTab(_props: { label: false }) {
  return (
    <ReferenceManyField
      reference="contracts"
      target="learnerId"
      sort={{ field: 'startDate', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
      empty="vigie.learners.no_contracts"
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="course" field={WithholdableText} />
        <DataTable.Col source="language" field={WithholdableText} />
        <DataTable.Col source="funding">
          <WithholdableSelect source="funding" choices={fundingChoices} />
        </DataTable.Col>
        <DataTable.Col source="targetLevel" field={WithholdableText} />
        <DataTable.Col source="hours" field={NumberText} align="right" disableSort />
        <DataTable.Col source="startDate" field={DayField} />
        <DataTable.Col source="endDate" field={DayField} />
        <DataTable.Col source="status">
          <WithholdableSelect source="status" choices={contractStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="priceCents" field={PriceField} align="right" disableSort />
      </DataTable>
    </ReferenceManyField>
  );
}
