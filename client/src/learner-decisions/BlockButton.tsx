import BlockIcon from '@mui/icons-material/Block';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Button as MuiButton } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DateInput, Form, required, TextInput, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { useDecisionSubmit } from '../learners/useDecisionSubmit.ts';
import type { Learner } from '../learners/Learner.ts';
import { reasonValidation } from '../learners/reason.ts';

/** An admin blocks a learner (a reason, a review date) or unblocks them (a reason): `learners.block` / `unblock`. */
export function BlockButton() {
  const record = useRecordContext<Learner>();
  const { canAccess } = useCanAccess({ resource: 'learnerDecisions', action: 'edit' });
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const unblocking = record?.status === 'blocked';
  const change = useMutation({
    mutationFn: ({ id, values }: { id: string; values: Record<string, unknown> }) =>
      unblocking
        ? dataProvider.callAction('learners', 'unblock', { id, reason: String(values['reason']) })
        : dataProvider.callAction('learners', 'block', { id, reason: String(values['reason']), reviewOn: String(values['reviewOn']) }),
  });
  const decide = useDecisionSubmit((values) => change.mutateAsync({ id: record?.id ?? '', values }), () => setOpen(false));
  if (!record || !canAccess || record.status === 'erased') return null;
  const t = (key: string) => translate(`vigie.fraud.block.${key}`);

  const submit = (values: Record<string, unknown>) => decide(values, t(unblocking ? 'unblocked' : 'blocked'));

  const label = t(unblocking ? 'unblock' : 'block');
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} color={unblocking ? 'primary' : 'error'}>
        {unblocking ? <LockOpenIcon /> : <BlockIcon />}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit}>
          <DialogTitle>{label}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{t(unblocking ? 'unblock_help' : 'block_help')}</DialogContentText>
            <TextInput source="reason" label={t('reason')} multiline minRows={2} validate={reasonValidation} fullWidth />
            {unblocking ? null : <DateInput source="reviewOn" label={t('review_on')} validate={required()} />}
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={change.isPending}>
              {label}
            </MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
