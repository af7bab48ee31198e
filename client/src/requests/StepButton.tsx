import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Button, Form, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ActionInput, ActionName, VigieDataProvider } from '../dataProvider.ts';
import type { SubjectRequest } from './Request.ts';

type Mutation = ActionName<'requests', 'mutation'>;
/** A step on the request: a `requests` mutation that takes the request's id. */
export type RequestStep = { [A in Mutation]: ActionInput<'requests', A> extends { id: string } ? A : never }[Mutation];
type StepInput<A extends RequestStep> = ActionInput<'requests', A>;
type FormValues = Record<string, unknown>;

export interface StepButtonProps<A extends RequestStep> {
  /** The procedure: `requests.<action>`. */
  action: A;
  /** `vigie.requests.actions.<name>`: the button, the dialog's title and `<name>_help` its text. */
  name: string;
  icon: ReactNode;
  /** The form's inputs; none for a plain confirmation. */
  children?: ReactNode;
  defaults?: Record<string, unknown>;
  /** From the form's values to the procedure's input (besides the request's id). */
  transform?: (values: FormValues) => Omit<StepInput<A>, 'id'>;
}

/**
 * The form's inputs are named after the step's fields (or `transform` maps them there); what they hold
 * is for the server's schema to check, as for every form.
 */
const stepInput = <A extends RequestStep>(id: string, fields: object) => ({ ...fields, id }) as StepInput<A>;

/**
 * One step of a request in a dialog: a small form, then `requests.<action>` with the request's id.
 * The server's per-field messages show under the fields; the page and its timeline refresh after.
 */
export function StepButton<A extends RequestStep>({ action, name, icon, children, defaults = {}, transform }: StepButtonProps<A>) {
  const record = useRecordContext<SubjectRequest>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const step = useMutation({
    mutationFn: (input: StepInput<A>) => dataProvider.callAction('requests', action, input),
  });
  if (!record) return null;
  const label = `vigie.requests.actions.${name}`;

  const submit = async (values: FormValues) => {
    try {
      await step.mutateAsync(stepInput<A>(record.id, transform ? transform(values) : values));
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      notify((error as Error).message, { type: 'error', messageArgs: { _: (error as Error).message } });
      return body?.errors;
    }
    setOpen(false);
    notify(`${label}_done`, { type: 'success' });
    await queryClient.invalidateQueries({ queryKey: ['requests'] });
    refresh();
    return undefined;
  };

  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon as React.ReactElement}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form record={defaults} onSubmit={submit}>
          <DialogTitle>{translate(label)}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate(`${label}_help`)}</DialogContentText>
            {children}
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={step.isPending}>
              {translate(label)}
            </MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
