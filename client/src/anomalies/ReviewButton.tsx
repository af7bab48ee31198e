import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import type { Anomaly } from './Anomaly.ts';

/** "Marquer comme examiné" with a note; the review is kept apart from the audit row it is about. */
export function ReviewButton(_props: { label?: string }) {
  const record = useRecordContext<Anomaly>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const review = useMutation({
    mutationFn: (id: number) => dataProvider.callAction('anomalies', 'review', { id, note }),
    onSuccess: () => {
      setOpen(false);
      setNote('');
      notify('vigie.anomalies.reviewed', { type: 'info' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record || record.status === 'reviewed') return null;
  return (
    <>
      <Button size="small" onClick={(e) => (e.stopPropagation(), setOpen(true))}>
        {translate('vigie.anomalies.review')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} fullWidth>
        <DialogTitle>{translate('vigie.anomalies.review')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            multiline
            minRows={3}
            fullWidth
            label={translate('vigie.anomalies.note')}
            helperText={translate('vigie.anomalies.note_help')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={note.trim().length < 3 || review.isPending} onClick={() => review.mutate(record.id)}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
