import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./ProcessorList.tsx')),
  show: lazy(() => import('./ProcessorShow.tsx')),
  create: lazy(() => import('./ProcessorCreate.tsx')),
  edit: lazy(() => import('./ProcessorEdit.tsx')),
  icon: HandshakeIcon,
  recordRepresentation: 'name',
};
