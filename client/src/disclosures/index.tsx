import GavelIcon from '@mui/icons-material/Gavel';
import { lazy } from 'react';

/** Requests from the police, courts and other authorities: the DPO's alone. */
export default {
  list: lazy(() => import('./DisclosureList.tsx')),
  create: lazy(() => import('./DisclosureCreate.tsx')),
  edit: lazy(() => import('./DisclosureEdit.tsx')),
  icon: GavelIcon,
  recordRepresentation: 'reference',
};
