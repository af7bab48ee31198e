import { RegisterEdit } from '../registers/screens.tsx';
import { ProcessorForm } from './ProcessorForm.tsx';

export default function ProcessorEdit() {
  return (
    <RegisterEdit>
      <ProcessorForm />
    </RegisterEdit>
  );
}
