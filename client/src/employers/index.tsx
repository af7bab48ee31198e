import BusinessIcon from '@mui/icons-material/Business';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./EmployerList.tsx')),
  show: lazy(() => import('./EmployerShow.tsx')),
  icon: BusinessIcon,
  recordRepresentation: 'name',
};

/** The printable employer report, at `/employers/:id/report` (a route of its own so it prints alone). */
export const EmployerReportPage = lazy(() => import('./ReportPage.tsx'));
