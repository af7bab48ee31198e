import { DataTable, SelectField } from 'react-admin';
import { DateTimeField } from '../format/fields.tsx';
import { actionChoices, outcomeChoices } from './AuditEvent.ts';
import { ActorField, EntityName, FieldNames, PurposeField, SubjectsField } from './AuditFields.tsx';
import { SubjectNamesProvider } from './subjectNames.tsx';

/** The journal's columns, shared by the "Journal d'accès" and a learner's "Accès" tab. */
export function AuditTable({ showSubjects = true }: { showSubjects?: boolean }) {
  return (
    <SubjectNamesProvider enabled={showSubjects}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="occurredAt" field={DateTimeField} />
        <DataTable.Col source="actorName" field={ActorField} disableSort />
        <DataTable.Col source="action" disableSort>
          <SelectField source="action" choices={actionChoices} />
        </DataTable.Col>
        <DataTable.Col source="entity" field={EntityName} disableSort />
        {showSubjects ? <DataTable.Col source="subjectIds" field={SubjectsField} disableSort /> : null}
        <DataTable.Col source="fields" field={FieldNames} disableSort />
        <DataTable.Col source="purposeCode" field={PurposeField} disableSort />
        <DataTable.Col source="outcome" disableSort>
          <SelectField source="outcome" choices={outcomeChoices} />
        </DataTable.Col>
      </DataTable>
    </SubjectNamesProvider>
  );
}
