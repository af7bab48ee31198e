import { RegisterCreate } from '../registers/screens.tsx';
import { ActivityForm } from './ActivityForm.tsx';

export default function ActivityCreate() {
  return (
    <RegisterCreate>
      <ActivityForm />
    </RegisterCreate>
  );
}
