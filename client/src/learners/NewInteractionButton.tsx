import AddCommentIcon from '@mui/icons-material/AddComment';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Form,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useCreate,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { channelChoices, type Learner } from './Learner.ts';

export const summaryMaxLength = 4000;

type Values = { channel: string; summary: string };

/** Logs a call or message on the learner's record, then shows it in the "Service client" tab. */
export function NewInteractionButton() {
  const record = useRecordContext<Learner>();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const [create, { isPending }] = useCreate();
  const [open, setOpen] = useState(false);
  if (!record) return null;

  // Returning the server's per-field messages lets the form show them under the fields.
  const submit = async ({ channel, summary }: Values) => {
    try {
      await create(
        'interactions',
        { data: { learnerId: record.id, channel, summary } },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) return body.errors;
      notify((error as Error).message, { type: 'error', messageArgs: { _: (error as Error).message } });
      return undefined;
    }
    setOpen(false);
    notify('vigie.interactions.logged', { type: 'success' });
    // Only the interactions lists are refetched: the learner's other data is not read again.
    await queryClient.invalidateQueries({ queryKey: ['interactions'] });
    redirect(`/learners/${encodeURIComponent(String(record.id))}/show/service-client`);
    return undefined;
  };

  return (
    <>
      <Button label="vigie.interactions.new" onClick={() => setOpen(true)}>
        <AddCommentIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        {/* Its own record: the learner must not become this form's default values. */}
        <Form record={{ channel: 'phone', summary: '' }} onSubmit={(values: Record<string, unknown>) => submit(values as Values)}>
          <DialogTitle>{translate('vigie.interactions.new')}</DialogTitle>
          <DialogContent>
            <SelectInput
              source="channel"
              resource="interactions"
              choices={channelChoices}
              validate={required()}
              fullWidth
            />
            <TextInput
              source="summary"
              resource="interactions"
              multiline
              minRows={4}
              validate={[required(), maxLength(summaryMaxLength)]}
              helperText="vigie.interactions.summary_help"
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={isPending}>
              {translate('ra.action.save')}
            </MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
