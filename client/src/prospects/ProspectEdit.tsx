import { Edit } from 'react-admin';
import { ProspectForm, prospectCorrection } from './ProspectForm.tsx';

/** A correction, or a new contact they initiated (which moves the 3-year rule's start). */
export default function ProspectEdit() {
  return (
    <Edit redirect="list" mutationMode="pessimistic" transform={prospectCorrection}>
      <ProspectForm withLastContact />
    </Edit>
  );
}
