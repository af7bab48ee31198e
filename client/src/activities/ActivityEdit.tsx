import { RegisterEdit } from '../registers/screens.tsx';
import { ActivityForm } from './ActivityForm.tsx';

export default function ActivityEdit() {
  return (
    <RegisterEdit>
      <ActivityForm />
    </RegisterEdit>
  );
}
