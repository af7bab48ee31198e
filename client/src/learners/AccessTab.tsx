import { Pagination, ReferenceManyField } from 'react-admin';
import { AuditTable } from '../audit/AuditTable.tsx';

/**
 * "Accès" (DPO only): every read and change of this learner's data, with who, when, which fields,
 * purpose and reference. Opening it is itself an audited read of the log.
 */
export function AccessTab(_props: { label: false }) {
  return (
    <ReferenceManyField
      reference="audit"
      target="learnerId"
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      empty="vigie.audit.no_access"
    >
      <AuditTable showSubjects={false} />
    </ReferenceManyField>
  );
}
