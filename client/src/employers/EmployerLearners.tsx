import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { LearnerStatusField } from '../learners/LearnerStatusField.tsx';

/**
 * The employer's learners, split by who pays: only learners whose own employer funds a contract may
 * ever reach the employer (domain.md, rule 1), so the screen keeps the CPF and individual ones apart.
 * The server's `employerFunded` filter draws the line (server/src/learners/schemas.ts).
 */
export function EmployerLearners({ employerFunded }: { employerFunded: boolean }) {
  return (
    <ReferenceManyField
      reference="learners"
      target="employerId"
      filter={{ employerFunded }}
      sort={{ field: 'lastName', order: 'ASC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      empty="vigie.employers.no_learners"
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="lastName" />
        <DataTable.Col source="firstName" />
        <DataTable.Col source="locality" />
        <DataTable.Col source="status" field={LearnerStatusField} />
      </DataTable>
    </ReferenceManyField>
  );
}
