import type { inferRouterOutputs } from '@trpc/server';
import { parisDay } from '@vigie/domain/calendar';
import {
  identityMethods,
  objectionProcessings,
  rejectionGrounds,
  requestChannels,
  requestStatuses,
  requestTypes,
} from '@vigie/domain/enums';
import type { AppRouter } from '@vigie/server';

export type Outputs = inferRouterOutputs<AppRouter>['requests'];
/** The request and its timeline as the router sends them, so the screens cannot drift from it. */
export type SubjectRequest = Outputs['getOne']['data'];
export type RequestEvent = Outputs['timeline']['data'][number];
export type LearnerSuggestion = Outputs['suggestLearners']['data'][number];
export type Assignee = Outputs['assignees']['data'][number];
export type ErasurePreview = Outputs['previewErasure']['data'];
export type ErasureAnswer = Outputs['erasureAnswer']['data'];

const choicesOf = (group: string, codes: readonly string[]) => codes.map((id) => ({ id, name: `vigie.requests.${group}.${id}` }));

export const typeChoices = choicesOf('type', requestTypes);
export const statusChoices = choicesOf('status', requestStatuses);
export const channelChoices = choicesOf('channel', requestChannels);
export const identityMethodChoices = choicesOf('identityMethod', identityMethods);
export const rejectionGroundChoices = choicesOf('rejectionGround', rejectionGrounds);
export const objectionChoices = choicesOf('objection', objectionProcessings);

export const isOpen = (request: SubjectRequest) => request.status !== 'completed' && request.status !== 'rejected';

/** Today as the server counts deadlines (Paris). */
export const today = () => parisDay(new Date());
