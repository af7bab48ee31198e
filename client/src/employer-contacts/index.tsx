import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';
import { lazy } from 'react';

type Contact = inferRouterOutputs<AppRouter>['employerContacts']['getOne']['data'];

/** No list of its own: contacts are listed on their employer's page and corrected from there. */
export default {
  edit: lazy(() => import('./EmployerContactEdit.tsx')),
  recordRepresentation: (contact: Contact) => `${contact.firstName} ${contact.lastName}`,
};
