import { Notification, useLocation } from 'react-admin';

/**
 * react-admin's toast, dropped when the page changes: an error about the page one left ("Accès refusé.")
 * does not belong on the next one. A save's toast survives its redirect: the notification and the
 * navigation land in the same render, so the new page's toast takes it from the queue.
 */
export function PageNotification() {
  const { pathname } = useLocation();
  return <Notification key={pathname} />;
}
