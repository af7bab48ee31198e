import { RegisterEdit } from '../registers/screens.tsx';
import { DisclosureForm } from './DisclosureForm.tsx';

export default function DisclosureEdit() {
  return (
    <RegisterEdit redirect="list">
      <DisclosureForm />
    </RegisterEdit>
  );
}
