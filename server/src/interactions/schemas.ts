import { z } from 'zod';
import { revealable } from '../audit/withholding.ts';
import { interactionChannels } from '@vigie/domain/enums';
import { sortOn } from '../resource-params.ts';

/** A contact with the service desk and what was said, with the colleague who handled it. */
export const interactionRecord = z.object({
  id: z.uuid(),
  learnerId: z.uuid(),
  staffId: z.uuid(),
  staffName: revealable(z.string()),
  channel: revealable(z.enum(interactionChannels)),
  summary: revealable(z.string()),
  occurredAt: revealable(z.string()),
});

export const interactionSort = sortOn(['occurredAt', 'channel', 'id']);

export const interactionFilter = z.object({
  learnerId: z.uuid().optional(),
  staffId: z.uuid().optional(),
  channel: z.enum(interactionChannels).optional(),
});

/** "Nouvel échange": what the agent types; who and when are the server's to say. */
export const interactionCreateData = z.object({
  learnerId: z.uuid(),
  channel: z.enum(interactionChannels),
  summary: z.string().trim().min(1, 'Obligatoire.').max(4000),
});
