import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import {
  DateInput,
  SaveButton,
  SimpleForm,
  Title,
  Toolbar,
  useNotify,
  useTranslate,
} from 'react-admin';
import { LearnerSearchInput } from './LearnerSearchInput.tsx';
import { BOM } from '@vigie/domain/csv';
import { downloadCsv } from '../employers/csv.ts';
import { sessionPurpose } from '../purpose/sessionPurpose.ts';

type ExtractRequest = { from?: string | null; until?: string | null; learnerId?: string | null };

/** The extract is a CSV stream (server/src/audit/extract.ts), audited as an export before the first byte. */
async function fetchExtract(request: ExtractRequest): Promise<string> {
  const query = new URLSearchParams(
    Object.entries(request).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
  const res = await fetch(`/audit/extract.csv?${query}`, { headers: { 'x-vigie-csrf': '1', ...sessionPurpose.headers() } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string; data?: { fields?: Record<string, string[]> } } } | null;
    const fields = Object.values(body?.error?.data?.fields ?? {}).flat().join(' ');
    throw new Error(fields || body?.error?.message || res.statusText);
  }
  return res.text();
}

/** "Extractions": the audit rows of a period or of one learner, as a CSV file. */
export default function ExtractsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: ExtractRequest) => {
    setError(null);
    try {
      const csv = await fetchExtract(values);
      downloadCsv(`journal-acces-${new Date().toISOString().slice(0, 10)}.csv`, BOM + csv);
      notify('vigie.extracts.done', { type: 'info' });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="vigie.extracts.title" />
      <Card>
        <CardContent>
          <Typography variant="body2">{translate('vigie.extracts.help')}</Typography>
        </CardContent>
        <SimpleForm
          onSubmit={submit}
          toolbar={
            <Toolbar>
              <SaveButton label="vigie.extracts.download" icon={<DownloadIcon />} alwaysEnable />
            </Toolbar>
          }
        >
          <DateInput source="from" label="resources.audit.fields.from" />
          <DateInput source="until" label="resources.audit.fields.until" />
          <LearnerSearchInput />
        </SimpleForm>
        {error ? <Alert severity="error">{error}</Alert> : null}
      </Card>
    </Box>
  );
}
