import { DataTable, EditButton, Pagination, ReferenceManyField, SelectField, useCanAccess } from 'react-admin';
import { formatPhone } from '../format/frenchFormats.ts';
import { RevealField } from '../format/RevealField.tsx';

export const contactRoleChoices = ['hr', 'supervisor', 'sponsor'].map((id) => ({ id, name: `vigie.contactRole.${id}` }));

/** HR, supervisors and sponsors at the employer: data subjects too, read (and audited) like learners. */
export function EmployerContacts() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'employerContacts', action: 'edit' });
  return (
    <ReferenceManyField
      reference="employerContacts"
      target="employerId"
      sort={{ field: 'lastName', order: 'ASC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
      empty="vigie.employers.no_contacts"
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="lastName" />
        <DataTable.Col source="firstName" />
        <DataTable.Col source="role">
          <SelectField source="role" choices={contactRoleChoices} />
        </DataTable.Col>
        <DataTable.Col source="email">
          <RevealField resource="employerContacts" field="email" render={(email) => email} />
        </DataTable.Col>
        <DataTable.Col source="phone" disableSort>
          <RevealField resource="employerContacts" field="phone" render={formatPhone} />
        </DataTable.Col>
        {canEdit ? (
          <DataTable.Col>
            <EditButton resource="employerContacts" />
          </DataTable.Col>
        ) : null}
      </DataTable>
    </ReferenceManyField>
  );
}
