import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, TextInput, useDataProvider, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { reasonValidation } from '../learners/reason.ts';
import type { Investigation, RevealedLearner } from './Investigation.ts';
import { SeenTable, useInvestigationWords } from './SeenTable.tsx';

/** Other learners seen from the same addresses: a count and labels, then, on a reason, who they are. */
export function OthersPanel({ learnerId, others }: { learnerId: string; others: Investigation['others'] }) {
  const { t, when } = useInvestigationWords();
  const translate = useTranslate();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const [open, setOpen] = useState(false);
  const reveal = useMutation({
    mutationFn: (reason: string) => dataProvider.callAction('investigations', 'reveal', { learnerId, reason }),
  });
  const submit = async (values: Record<string, unknown>) => {
    await reveal.mutateAsync(String(values['reason'])).catch(() => undefined);
    setOpen(false);
  };
  const revealed: RevealedLearner[] | undefined = reveal.data?.data;
  return (
    <section aria-label={t('others', { smart_count: others.count })}>
      <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
        {t('others', { smart_count: others.count })}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', mb: 1 }}>
        {others.labels.map((other) => (
          <Chip key={other.label} label={t('others_label', { label: other.label, smart_count: other.sharedIps })} />
        ))}
      </Stack>
      {others.count > 0 && !revealed ? (
        <Button variant="outlined" onClick={() => setOpen(true)}>
          {t('reveal')}
        </Button>
      ) : null}
      {reveal.isError ? <Alert severity="error">{reveal.error.message}</Alert> : null}
      {revealed ? (
        <SeenTable
          title={t('revealed')}
          rows={revealed}
          rowKey={(row) => row.learnerId}
          columns={[
            { label: t('learner'), value: (row) => `${row.label} : ${row.firstName} ${row.lastName} (${row.email})` },
            { label: t('shared_ips'), value: (row) => row.sharedIps.join(', ') },
            { label: t('first_seen'), value: (row) => when(row.firstSeen) },
            { label: t('last_seen'), value: (row) => when(row.lastSeen) },
          ]}
        />
      ) : null}
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit}>
          <DialogTitle>{t('reveal')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{t('reveal_help')}</DialogContentText>
            <TextInput source="reason" label={t('reveal_reason')} multiline minRows={2} validate={reasonValidation} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={reveal.isPending}>
              {t('reveal')}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </section>
  );
}
