import GavelIcon from '@mui/icons-material/Gavel';
import { CreateButton, useCanAccess, useRecordContext } from 'react-admin';
import type { Learner } from './Learner.ts';

/**
 * "Ouvrir une demande" from the learner's file: the request starts attached to this learner, with the
 * name and e-mail on record as the requester's, so nothing is retyped and nobody has to be matched.
 */
export function NewRequestButton() {
  const record = useRecordContext<Learner>();
  const { canAccess } = useCanAccess({ resource: 'requests', action: 'create' });
  if (!record || !canAccess) return null;
  const requester = { learnerId: record.id, requesterName: `${record.firstName} ${record.lastName}`, requesterEmail: record.email };
  return <CreateButton resource="requests" label="vigie.learners.new_request" icon={<GavelIcon />} state={{ record: requester }} />;
}
