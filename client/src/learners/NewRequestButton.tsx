import GavelIcon from '@mui/icons-material/Gavel';
import { CreateButton, useCanAccess, useRecordContext } from 'react-admin';
import { isMasked } from '@vigie/domain/masking';
import type { Learner } from './Learner.ts';

/** What the file shows in full: a masked or withheld value is no requester's address. */
const shown = (value: unknown) => (typeof value === 'string' && !isMasked(value) ? value : undefined);

/**
 * "Ouvrir une demande" from the learner's file: the request starts attached to this learner, with the
 * name on record as the requester's, so nothing is retyped and nobody has to be matched. The e-mail is
 * masked on the file: the request reaches the learner through the file, not through a copy of it.
 */
export function NewRequestButton() {
  const record = useRecordContext<Learner>();
  const { canAccess } = useCanAccess({ resource: 'requests', action: 'create' });
  if (!record || !canAccess) return null;
  const names = [shown(record.firstName), shown(record.lastName)].filter(Boolean);
  const requester = { learnerId: record.id, requesterName: names.join(' ') || undefined, requesterEmail: shown(record.email) };
  return <CreateButton resource="requests" label="vigie.learners.new_request" icon={<GavelIcon />} state={{ record: requester }} />;
}
