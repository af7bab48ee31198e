import { Stack, Typography } from '@mui/material';
import {
  DataTable,
  EditButton,
  RecordField,
  ReferenceArrayField,
  Show,
  TextArrayField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { TransferField } from '../processors/TransferField.tsx';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { CodeField, CodesField } from '../registers/fields.tsx';
import { Section } from '../registers/Section.tsx';
import type { Activity } from './Activity.ts';
import { RegisterButton } from './ActivityList.tsx';
import { retentionText } from './registerText.ts';

function Retention() {
  const record = useRecordContext<Activity>();
  const translate = useTranslate();
  return (
    <ul style={{ margin: 0 }}>
      {record?.retention.map((rule) => (
        <li key={rule.category}>
          <Typography variant="body2">{retentionText(translate, rule)}</Typography>
        </li>
      ))}
    </ul>
  );
}

function EmployerRecipient() {
  const record = useRecordContext<Activity>();
  const translate = useTranslate();
  return record?.employerRecipient ? <Typography variant="body2">{translate('vigie.activities.employer')}</Typography> : null;
}

/** One sheet of the register: purpose and basis, data, retention, recipients and transfers, security. */
export default function ActivityShow() {
  const onError = useReadErrorHandler();
  const { canAccess: canEdit } = useCanAccess({ resource: 'activities', action: 'edit' });
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <RegisterButton />
          {canEdit && <EditButton />}
        </TopToolbar>
      }
      queryOptions={{ onError }}
    >
      <Stack spacing={2} sx={{ p: 2 }}>
        <RecordField source="purpose" />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
          <RecordField source="legalBasis">
            <CodeField source="legalBasis" prefix="legalBasis" />
          </RecordField>
          <RecordField source="legitimateInterest" empty="—" />
        </Stack>
        <RecordField source="subjectCategories">
          <CodesField source="subjectCategories" prefix="subjectCategory" />
        </RecordField>
        <RecordField source="dataCategories">
          <CodesField source="dataCategories" prefix="dataCategory" />
        </RecordField>
        <Section title="vigie.activities.retention">
          <Retention />
        </Section>
        <Section title="vigie.activities.recipients">
          <CodesField source="internalRecipients" prefix="internalRecipient" />
          <EmployerRecipient />
          <Typography variant="subtitle2">{translate('vigie.activities.processors')}</Typography>
          <ReferenceArrayField source="processorIds" reference="processors">
            <DataTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="name" />
              <DataTable.Col source="country" />
              <DataTable.Col label="vigie.activities.transfers">
                <TransferField />
              </DataTable.Col>
            </DataTable>
          </ReferenceArrayField>
        </Section>
        <RecordField source="securityMeasures" field={TextArrayField} />
      </Stack>
    </Show>
  );
}
