import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { SeenTable, useInvestigationWords } from './SeenTable.tsx';

/** Sign-ins from an address or a network across learners: each search is an audited read. */
export function IpSearch({ initial }: { initial: string }) {
  const { t, when } = useInvestigationWords();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const [ip, setIp] = useState(initial);
  const search = useMutation({ mutationFn: (value: string) => dataProvider.readAction('investigations', 'searchIp', { ip: value }) });
  const hits = search.data?.data;
  return (
    <section aria-label={t('search')}>
      <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
        {t('search')}
      </Typography>
      <Stack direction="row" spacing={1} component="form" onSubmit={(event) => { event.preventDefault(); search.mutate(ip); }}>
        <TextField size="small" label={t('search_field')} value={ip} onChange={(event) => setIp(event.target.value)} />
        <Button type="submit" variant="outlined" disabled={search.isPending}>
          {t('search_button')}
        </Button>
      </Stack>
      {search.isError ? <Alert severity="error" sx={{ mt: 1 }}>{search.error.message}</Alert> : null}
      {hits ? (
        <SeenTable
          title={t('search_results', { smart_count: hits.length })}
          rows={hits}
          rowKey={(row) => String(row.id)}
          columns={[
            { label: t('at'), value: (row) => when(row.occurredAt) },
            { label: t('learner'), value: (row) => `${row.firstName} ${row.lastName}` },
            { label: t('ip'), value: (row) => row.ip },
            { label: t('browser'), value: (row) => row.browser },
            { label: t('os'), value: (row) => row.os },
          ]}
        />
      ) : null}
    </section>
  );
}
