import { useNotify, useRedirect, useResourceContext } from 'react-admin';

/**
 * For a failed record read: react-admin's default says "element doesn't exist" whatever happened;
 * show the server's reason instead (typically a missing "Motif d'accès"), and leave only on a 404,
 * so the person can pick a purpose and refresh in place.
 */
export function useReadErrorHandler() {
  const notify = useNotify();
  const redirect = useRedirect();
  const resource = useResourceContext();
  return (error: Error & { status?: number }) => {
    notify(error.message || 'ra.notification.item_doesnt_exist', { type: 'error', messageArgs: { _: error.message } });
    if (error.status === 404) redirect('list', resource);
  };
}
