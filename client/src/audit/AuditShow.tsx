import { FunctionField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../format/fields.tsx';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { type AuditEvent, actionChoices, outcomeChoices } from './AuditEvent.ts';
import { ActorField, EntityName, FieldNames, PurposeField, SubjectsField } from './AuditFields.tsx';

const list = (values: string[]) => values.join(', ');

/** One audit row in full: ids, field names, purpose and request metadata, never personal values. */
export default function AuditShow() {
  const onError = useReadErrorHandler();
  return (
    <Show queryOptions={{ onError }}>
      <SimpleShowLayout>
        <TextField source="id" />
        <DateTimeField source="occurredAt" />
        <ActorField source="actorName" />
        <SelectField source="action" choices={actionChoices} />
        <TextField source="procedure" />
        <EntityName source="entity" />
        <FunctionField source="entityIds" render={(e: AuditEvent) => list(e.entityIds)} />
        <SubjectsField source="subjectIds" />
        <FieldNames source="fields" />
        <PurposeField source="purposeCode" />
        <SelectField source="outcome" choices={outcomeChoices} />
        <TextField source="ip" />
        <TextField source="userAgent" />
        <FunctionField source="details" render={(e: AuditEvent) => (e.details ? JSON.stringify(e.details) : '')} />
      </SimpleShowLayout>
    </Show>
  );
}
