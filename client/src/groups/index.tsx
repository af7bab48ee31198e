import GroupsIcon from '@mui/icons-material/Groups';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./GroupList.tsx')),
  show: lazy(() => import('./GroupShow.tsx')),
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
