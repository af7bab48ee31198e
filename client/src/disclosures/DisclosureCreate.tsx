import { RegisterCreate } from '../registers/screens.tsx';
import { DisclosureForm } from './DisclosureForm.tsx';

export default function DisclosureCreate() {
  return (
    <RegisterCreate redirect="list">
      <DisclosureForm />
    </RegisterCreate>
  );
}
