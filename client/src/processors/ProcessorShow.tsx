import { Stack, Typography } from '@mui/material';
import {
  ChipField,
  EditButton,
  EmailField,
  RecordField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SingleFieldList,
  TextArrayField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField, PhoneField } from '../format/fields.tsx';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { CodeField, CodesField } from '../registers/fields.tsx';
import { Section } from '../registers/Section.tsx';
import { ContractFile } from './ContractFile.tsx';
import type { Processor } from './Processor.ts';
import { ProcessorChecks } from './ProcessorChecks.tsx';
import { LastTransfer } from './LastTransfer.tsx';
import { TransferField } from './TransferField.tsx';

function Checks() {
  const record = useRecordContext<Processor>();
  return record ? <ProcessorChecks checks={record.checks} /> : null;
}

/** One processor: its checks first, then the transfer, the contract and (for those allowed) its contact person. */
export default function ProcessorShow() {
  const onError = useReadErrorHandler();
  const { canAccess: canEdit } = useCanAccess({ resource: 'processors', action: 'edit' });
  const { canAccess: seesContacts } = useCanAccess({ resource: 'processorContacts', action: 'show' });
  return (
    <Show actions={<TopToolbar>{canEdit && <EditButton />}</TopToolbar>} queryOptions={{ onError }}>
      <Stack spacing={2} sx={{ p: 2 }}>
        <Checks />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
          <RecordField source="service" />
          <RecordField source="role">
            <CodeField source="role" prefix="processorRole" />
          </RecordField>
          <RecordField source="parentId" empty="—">
            <ReferenceField source="parentId" reference="processors" link="show" />
          </RecordField>
          <RecordField source="status">
            <CodeField source="status" prefix="processorStatus" />
          </RecordField>
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
          <RecordField source="country" />
          <RecordField label="vigie.processors.transfer">
            <TransferField />
          </RecordField>
          <RecordField label="vigie.processors.last_transfer_label">
            <LastTransfer />
          </RecordField>
        </Stack>
        <RecordField source="dataCategories">
          <CodesField source="dataCategories" prefix="dataCategory" />
        </RecordField>
        <RecordField source="purposes" field={TextArrayField} />
        <RecordField source="securityMeasures" field={TextArrayField} />
        <RecordField source="activityIds">
          <ReferenceArrayField source="activityIds" reference="activities">
            <SingleFieldList linkType="show">
              <ChipField source="name" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
        </RecordField>
        <Section title="vigie.processors.contract">
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
            <RecordField source="contractSignedOn" field={DayField} empty="—" />
            <RecordField source="contractReviewOn" field={DayField} empty="—" />
          </Stack>
          {canEdit && <ContractFile />}
        </Section>
        {seesContacts && (
          <Section title="vigie.processors.contact">
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
              <RecordField source="contactName" empty="—" />
              <RecordField source="contactEmail" field={EmailField} empty="—" />
              <RecordField source="contactPhone" field={PhoneField} empty="—" />
            </Stack>
          </Section>
        )}
      </Stack>
    </Show>
  );
}
