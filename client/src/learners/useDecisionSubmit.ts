import { useNotify, useRefresh } from 'react-admin';

type FormErrors = Record<string, string> | undefined;

/**
 * The submit of a decision's dialog (a block, a legal hold): the server's per-field messages go back
 * under the fields, anything else in a toast; on success the dialog closes, a toast says what was
 * decided and the file is read again.
 */
export function useDecisionSubmit(send: (values: Record<string, unknown>) => Promise<unknown>, close: () => void) {
  const notify = useNotify();
  const refresh = useRefresh();
  return async (values: Record<string, unknown>, done: string): Promise<FormErrors> => {
    try {
      await send(values);
    } catch (error) {
      notify((error as Error).message, { type: 'error', messageArgs: { _: (error as Error).message } });
      return (error as { body?: { errors?: Record<string, string> } }).body?.errors;
    }
    close();
    notify(done, { type: 'success' });
    refresh();
    return undefined;
  };
}
