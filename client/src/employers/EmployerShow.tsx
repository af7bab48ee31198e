import AssessmentIcon from '@mui/icons-material/Assessment';
import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Button,
  LinkBase,
  RecordField,
  Show,
  TopToolbar,
  useCanAccess,
  useCanAccessResources,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { SiretField } from '../format/fields.tsx';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { EmployerContacts } from './EmployerContacts.tsx';
import { EmployerLearners } from './EmployerLearners.tsx';

function ReportButton() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'employers', action: 'export' });
  if (!record || !canAccess) return null;
  return (
    <Button label="vigie.employers.report" component={LinkBase} to={`/employers/${encodeURIComponent(String(record.id))}/report`}>
      <AssessmentIcon />
    </Button>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <Typography variant="h6">{translate(title)}</Typography>
      {children}
    </Stack>
  );
}

/**
 * The company, its contacts, and its learners with the employer-funded ones apart from the others.
 * Managers may see the company itself but no person: the sections they may not read are left out.
 */
export default function EmployerShow() {
  const onError = useReadErrorHandler();
  const { canAccess: can } = useCanAccessResources({ action: 'list', resources: ['employerContacts', 'learners'] });
  return (
    <Show actions={<TopToolbar><ReportButton /></TopToolbar>} queryOptions={{ onError }}>
      <Stack spacing={3} sx={{ p: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
          <RecordField source="name" />
          <RecordField source="siret" field={SiretField} />
          <RecordField source="sector" />
          <RecordField source="city" />
        </Stack>
        {can?.['employerContacts'] && (
          <Section title="vigie.employers.contacts">
            <EmployerContacts />
          </Section>
        )}
        {can?.['learners'] && (
          <>
            <Section title="vigie.employers.learners_employer_funded">
              <EmployerLearners employerFunded />
            </Section>
            <Section title="vigie.employers.learners_other">
              <EmployerLearners employerFunded={false} />
            </Section>
          </>
        )}
      </Stack>
    </Show>
  );
}
