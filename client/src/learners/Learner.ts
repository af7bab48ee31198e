import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';

type Outputs = inferRouterOutputs<AppRouter>;
/** The learner as `learners.getOne` sends it: the router's type, so the two cannot drift apart. */
export type Learner = Outputs['learners']['getOne']['data'];

export const learnerStatuses = ['active', 'blocked', 'ended', 'erased'] as const;
export type LearnerStatus = Learner['status'];
export const fundings = ['employer', 'individual', 'cpf'] as const;
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const contractStatuses = ['planned', 'active', 'completed', 'cancelled'] as const;
export const assessmentKinds = [
  'level_test',
  'needs_analysis',
  'learning_profile',
  'progress_evaluation',
  'participant_survey',
  'sponsor_survey',
] as const;
export const interactionChannels = ['phone', 'email', 'chat', 'letter', 'in_person'] as const;

/** SelectInput and SelectField translate `name`: each code shows as `vigie.<group>.<code>`. */
const choicesOf = (group: string, codes: readonly string[]) => codes.map((id) => ({ id, name: `vigie.${group}.${id}` }));

export const statusChoices = choicesOf('learnerStatus', learnerStatuses);
export const fundingChoices = choicesOf('funding', fundings);
export const contractStatusChoices = choicesOf('contractStatus', contractStatuses);
export const assessmentKindChoices = choicesOf('assessmentKind', assessmentKinds);
export const channelChoices = choicesOf('channel', interactionChannels);
// CEFR levels are the same in every language.
export const cefrChoices = cefrLevels.map((id) => ({ id, name: id }));
