import { CreateButton, DataTable, EditButton, List, SearchInput, TopToolbar } from 'react-admin';
import { DayField } from '../format/fields.tsx';
import { formatPhone } from '../format/frenchFormats.ts';
import { RevealField } from '../format/RevealField.tsx';
import { WithholdableBoolean, WithholdableText } from '../format/withheld.tsx';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/**
 * The contact form's messages, most recent contact first; kept 3 years after the last one they
 * initiated. E-mail and phone show masked: "Afficher" is an audited read of that one field.
 */
export default function ProspectList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'lastContactAt', order: 'DESC' }}
      exporter={false}
      perPage={25}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      {/* No row click: "Afficher" sits in the row, and a click on it must not open the form. */}
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="fullName" field={WithholdableText} />
        <DataTable.Col source="company" field={WithholdableText} disableSort />
        <DataTable.Col source="email" disableSort>
          <RevealField resource="prospects" field="email" render={(email) => <a href={`mailto:${email}`}>{email}</a>} />
        </DataTable.Col>
        <DataTable.Col source="phone" disableSort>
          <RevealField resource="prospects" field="phone" render={formatPhone} />
        </DataTable.Col>
        <DataTable.Col source="lastContactAt" field={DayField} />
        <DataTable.Col source="newsletterConsent" field={WithholdableBoolean} disableSort />
        <DataTable.Col>
          <EditButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
