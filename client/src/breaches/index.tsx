import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { lazy } from 'react';

/** The breach register (Art. 33): the DPO's alone. An entry's page is its edit form, countdown on top. */
export default {
  list: lazy(() => import('./BreachList.tsx')),
  create: lazy(() => import('./BreachCreate.tsx')),
  edit: lazy(() => import('./BreachEdit.tsx')),
  icon: ReportProblemIcon,
  recordRepresentation: 'description',
};
