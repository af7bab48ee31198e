import GavelIcon from '@mui/icons-material/Gavel';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Button as MuiButton } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  DateInput,
  Form,
  required,
  TextInput,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { useDecisionSubmit } from './useDecisionSubmit.ts';
import type { Learner } from './Learner.ts';
import { reasonValidation } from './reason.ts';

/**
 * An admin's legal hold (suspected fraud, a dispute): placed with a reason and an end date, or lifted.
 * While it runs, an erasure keeps everything (server/src/learners/legal-hold.ts).
 */
export function LegalHoldButton() {
  const record = useRecordContext<Learner>();
  const { canAccess } = useCanAccess({ resource: 'legalHolds', action: 'edit' });
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const lifting = Boolean(record?.legalHoldUntil);
  const change = useMutation({
    mutationFn: ({ id, values }: { id: string; values: Record<string, unknown> }) =>
      lifting
        ? dataProvider.callAction('learners', 'liftLegalHold', { id, reason: String(values['reason']) })
        : dataProvider.callAction('learners', 'placeLegalHold', {
            id,
            until: String(values['until']),
            reason: String(values['reason']),
          }),
  });
  const decide = useDecisionSubmit((values) => change.mutateAsync({ id: record?.id ?? '', values }), () => setOpen(false));
  if (!record || !canAccess || record.status === 'erased') return null;
  const t = (key: string) => translate(`vigie.learners.legal_hold.${key}`);

  const submit = (values: Record<string, unknown>) => decide(values, t(lifting ? 'lifted' : 'placed'));

  return (
    <>
      <Button label={t(lifting ? 'lift' : 'place')} onClick={() => setOpen(true)}>
        <GavelIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit}>
          <DialogTitle>{t(lifting ? 'lift' : 'place')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{t('help')}</DialogContentText>
            {lifting ? null : <DateInput source="until" label={t('until_field')} validate={required()} />}
            <TextInput
              source="reason"
              label={t(lifting ? 'lift_reason' : 'reason')}
              multiline
              minRows={2}
              validate={reasonValidation}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={change.isPending}>
              {t(lifting ? 'lift' : 'place')}
            </MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
