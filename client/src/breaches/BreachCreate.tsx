import { RegisterCreate } from '../registers/screens.tsx';
import { BreachForm } from './BreachForm.tsx';

export default function BreachCreate() {
  return (
    <RegisterCreate redirect="list">
      <BreachForm />
    </RegisterCreate>
  );
}
