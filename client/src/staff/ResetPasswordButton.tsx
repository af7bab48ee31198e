import LockResetIcon from '@mui/icons-material/LockReset';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Form,
  PasswordInput,
  minLength,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { passwordMinLength, type Staff } from './Staff.ts';

/** Sets a new password chosen by the admin, who hands it over; the server never mails passwords. */
export function ResetPasswordButton() {
  const record = useRecordContext<Staff>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const reset = useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      dataProvider.callAction('staff', 'resetPassword', { id, password }),
    onSuccess: () => {
      notify('vigie.staff.password_reset', { type: 'success' });
      setOpen(false);
    },
    onError: (error: Error) => notify(error.message, { type: 'error', messageArgs: { _: error.message } }),
  });
  if (!record) return null;

  return (
    <>
      <Button label="vigie.staff.reset_password" onClick={() => setOpen(true)}>
        <LockResetIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        {/* Its own record: the staff record must not become this form's default values. */}
        <Form record={{}} onSubmit={(values: Record<string, unknown>) => reset.mutate({ id: record.id, password: String(values['password']) })}>
          <DialogTitle>{translate('vigie.staff.reset_password')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('vigie.staff.reset_password_help')}</DialogContentText>
            <PasswordInput
              source="password"
              label="vigie.staff.new_password"
              validate={[required(), minLength(passwordMinLength)]}
              autoComplete="new-password"
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={reset.isPending}>
              {translate('vigie.staff.reset_password')}
            </MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
