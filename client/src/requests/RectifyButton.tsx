import EditIcon from '@mui/icons-material/Edit';
import { TextInput, useGetOne, useRecordContext } from 'react-admin';
import type { Learner } from '../learners/Learner.ts';
import { learnerValidators as rules, rectificationOf } from '../learners/learnerRules.ts';
import type { SubjectRequest } from './Request.ts';
import { StepButton } from './StepButton.tsx';

const fields = ['lastName', 'firstName', 'email', 'phone', 'locality', 'country', 'jobTitle'] as const;
const rectification = rectificationOf(fields, ['phone', 'locality', 'jobTitle']);

/** Art. 16 from the request: the learner's details corrected here, and the audit row names the request. */
export function RectifyButton() {
  const request = useRecordContext<SubjectRequest>();
  const { data: learner } = useGetOne<Learner>('learners', { id: request?.learnerId ?? '' }, { enabled: Boolean(request?.learnerId) });
  if (!learner) return null;
  const defaults = Object.fromEntries(fields.map((field) => [field, learner[field] ?? '']));
  return (
    <StepButton
      action="rectify"
      name="rectify"
      icon={<EditIcon />}
      defaults={defaults}
      transform={(values) => ({ data: rectification(values) })}
    >
      {fields.map((field) => (
        <TextInput key={field} source={field} resource="learners" validate={rules[field]} fullWidth />
      ))}
    </StepButton>
  );
}
