import { Create } from 'react-admin';
import { ProspectForm } from './ProspectForm.tsx';

export default function ProspectCreate() {
  return (
    <Create redirect="list" mutationMode="pessimistic">
      <ProspectForm withLastContact={false} />
    </Create>
  );
}
