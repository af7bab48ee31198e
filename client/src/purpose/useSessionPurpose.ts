import { useSyncExternalStore } from 'react';
import type { PurposeChoice } from './purposeStore.ts';
import { sessionPurpose } from './sessionPurpose.ts';

/** The declared purpose, re-rendering when it changes (in this component or another). */
export function useSessionPurpose(): [PurposeChoice | null, (choice: PurposeChoice) => void] {
  const choice = useSyncExternalStore(sessionPurpose.subscribe, sessionPurpose.get);
  return [choice, sessionPurpose.set];
}
