import ContactMailIcon from '@mui/icons-material/ContactMail';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./ProspectList.tsx')),
  create: lazy(() => import('./ProspectCreate.tsx')),
  edit: lazy(() => import('./ProspectEdit.tsx')),
  icon: ContactMailIcon,
  recordRepresentation: 'fullName',
};
