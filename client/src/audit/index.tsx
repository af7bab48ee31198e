import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { lazy } from 'react';

/** The DPO's console: the journal as a resource, the other screens as routes of their own. */
export default {
  list: lazy(() => import('./AuditList.tsx')),
  show: lazy(() => import('./AuditShow.tsx')),
  icon: ManageSearchIcon,
};

export const ActivityPage = lazy(() => import('./ActivityPage.tsx'));
export const IntegrityPage = lazy(() => import('./IntegrityPage.tsx'));
export const ExtractsPage = lazy(() => import('./ExtractsPage.tsx'));

/** The console's pages outside the resource, for the side menu. */
export const consoleRoutes = [
  { path: '/activite', label: 'vigie.activity.title' },
  { path: '/integrite', label: 'vigie.integrity.title' },
  { path: '/extractions', label: 'vigie.extracts.title' },
] as const;
