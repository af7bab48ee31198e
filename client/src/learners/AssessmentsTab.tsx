import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { DayField, NumberText } from '../format/fields.tsx';
import { WithholdableSelect, WithholdableText } from '../format/withheld.tsx';
import { assessmentKindChoices } from './Learner.ts';

/** Level tests, needs analyses, learning profiles, progress evaluations and surveys, newest first. */
export function AssessmentsTab(_props: { label: false }) {
  return (
    <ReferenceManyField
      reference="assessments"
      target="learnerId"
      sort={{ field: 'assessedOn', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
      empty="vigie.learners.no_assessments"
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="assessedOn" field={DayField} />
        <DataTable.Col source="kind">
          <WithholdableSelect source="kind" choices={assessmentKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="cefrLevel" field={WithholdableText} />
        <DataTable.Col source="score" field={NumberText} align="right" />
        <DataTable.Col source="notes" disableSort>
          <WithholdableText source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}
