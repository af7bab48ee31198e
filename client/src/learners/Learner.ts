import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@vigie/server';
import {
  assessmentKinds,
  cefrLevels,
  contractStatuses,
  fundings,
  interactionChannels,
  learnerStatuses,
} from '@vigie/domain/enums';

type Outputs = inferRouterOutputs<AppRouter>;
/** The learner as `learners.getOne` sends it: the router's type, so the two cannot drift apart. */
export type Learner = Outputs['learners']['getOne']['data'];

export type LearnerStatus = Learner['status'];

/** SelectInput and SelectField translate `name`: each code shows as `vigie.<group>.<code>`. */
const choicesOf = (group: string, codes: readonly string[]) => codes.map((id) => ({ id, name: `vigie.${group}.${id}` }));

export const statusChoices = choicesOf('learnerStatus', learnerStatuses);
export const fundingChoices = choicesOf('funding', fundings);
export const contractStatusChoices = choicesOf('contractStatus', contractStatuses);
export const assessmentKindChoices = choicesOf('assessmentKind', assessmentKinds);
export const channelChoices = choicesOf('channel', interactionChannels);
// CEFR levels are the same in every language.
export const cefrChoices = cefrLevels.map((id) => ({ id, name: id }));
