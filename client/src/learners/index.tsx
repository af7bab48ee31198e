import SchoolIcon from '@mui/icons-material/School';
import { lazy } from 'react';
import type { Learner } from './Learner.ts';

export const InvestigationPage = lazy(() => import('../investigations/InvestigationPage.tsx'));

/** Each screen is its own chunk; managers, who may not read learners, never download them. */
export default {
  list: lazy(() => import('./LearnerList.tsx')),
  show: lazy(() => import('./LearnerShow.tsx')),
  edit: lazy(() => import('./LearnerEdit.tsx')),
  icon: SchoolIcon,
  recordRepresentation: (learner: Learner) => `${learner.firstName} ${learner.lastName}`,
};
