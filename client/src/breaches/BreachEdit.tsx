import { RegisterEdit } from '../registers/screens.tsx';
import { BreachForm } from './BreachForm.tsx';

export default function BreachEdit() {
  return (
    <RegisterEdit redirect="list">
      <BreachForm />
    </RegisterEdit>
  );
}
