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
