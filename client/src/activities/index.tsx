import MenuBookIcon from '@mui/icons-material/MenuBook';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./ActivityList.tsx')),
  show: lazy(() => import('./ActivityShow.tsx')),
  create: lazy(() => import('./ActivityCreate.tsx')),
  edit: lazy(() => import('./ActivityEdit.tsx')),
  icon: MenuBookIcon,
  recordRepresentation: 'name',
};

/** The exported register, at `/activities/register` (a route of its own so that it prints alone). */
export const RegisterPage = lazy(() => import('./RegisterPage.tsx'));
