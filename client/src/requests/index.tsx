import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { lazy } from 'react';
import type { SubjectRequest } from './Request.ts';

export default {
  list: lazy(() => import('./RequestList.tsx')),
  show: lazy(() => import('./RequestShow.tsx')),
  create: lazy(() => import('./RequestCreate.tsx')),
  icon: AssignmentIndIcon,
  recordRepresentation: (request: SubjectRequest) => request.requesterName,
};

/** The written answer of an executed erasure, at `/requests/:id/effacement` (printable). */
export const ErasureAnswerPage = lazy(() => import('./ErasureAnswerPage.tsx'));
