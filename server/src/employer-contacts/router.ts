import { auditedReads, readRoutes, uuidId } from '../resources/procedures.ts';
import { router } from '../trpc.ts';
import {
  employerContactFilter,
  employerContactReader,
  employerContactRecord,
  employerContactSort,
} from './resource.ts';

export const employerContactsRouter = router(
  readRoutes(
    {
      builders: auditedReads('employerContacts', 'employerContacts'),
      id: uuidId,
      record: employerContactRecord,
      sort: employerContactSort,
      filter: employerContactFilter,
      reader: employerContactReader,
    },
    ['employerId'],
  ),
);
