import { DataTable, EditButton, EmailField, Pagination, ReferenceManyField, SelectField, useCanAccess } from 'react-admin';
import { PhoneField } from '../format/fields.tsx';

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
        <DataTable.Col source="email" field={EmailField} />
        <DataTable.Col source="phone" field={PhoneField} disableSort />
        {canEdit ? (
          <DataTable.Col>
            <EditButton resource="employerContacts" />
          </DataTable.Col>
        ) : null}
      </DataTable>
    </ReferenceManyField>
  );
}
