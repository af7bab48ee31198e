import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./AnomalyList.tsx')),
  icon: ReportProblemIcon,
};

/** The rules and their thresholds, at `/anomalies/regles`. */
export const RulesPage = lazy(() => import('./RulesPage.tsx'));
