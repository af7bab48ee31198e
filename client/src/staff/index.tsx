import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';

/** Each screen is its own chunk, loaded when an admin first opens it; other roles never download it. */
export default {
  list: lazy(() => import('./StaffList.tsx')),
  edit: lazy(() => import('./StaffEdit.tsx')),
  create: lazy(() => import('./StaffCreate.tsx')),
  icon: ManageAccountsIcon,
  recordRepresentation: 'displayName',
};
