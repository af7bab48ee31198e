import { RegisterCreate } from '../registers/screens.tsx';
import { ProcessorForm } from './ProcessorForm.tsx';

export default function ProcessorCreate() {
  return (
    <RegisterCreate>
      <ProcessorForm />
    </RegisterCreate>
  );
}
