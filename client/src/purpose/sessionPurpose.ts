import { createPurposeStore } from './purposeStore.ts';

/** The page's one purpose store, read by the tRPC link on every call and written by the picker. */
export const sessionPurpose = createPurposeStore(window.sessionStorage);
