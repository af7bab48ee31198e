import { useEffect, useRef, useState } from 'react';
import { Notification, useLocation, useNotificationContext } from 'react-admin';

/**
 * react-admin's toast, except that an error about the page one left ("Accès refusé.") does not follow
 * to the next one. A save's success toast survives its redirect: it is queued in the same render as
 * the navigation, so it is the last one seen when the page changes, and nothing is dropped.
 */
export function PageNotification() {
  const { pathname } = useLocation();
  const { notifications } = useNotificationContext();
  const lastType = useRef<string | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  // Declared first, so that it runs first when a notification and a navigation land together.
  useEffect(() => {
    const last = notifications.at(-1);
    if (last) lastType.current = last.type;
  }, [notifications]);
  useEffect(() => {
    if (lastType.current !== 'error') return;
    lastType.current = undefined;
    setGeneration((g) => g + 1);
  }, [pathname]);
  return <Notification key={generation} />;
}
