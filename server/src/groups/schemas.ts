import { z } from 'zod';
import { sortOn } from '../resource-params.ts';
import { searchText } from '../resources/search.ts';

/** A closed group: one employer's learners trained together. Its own fields name nobody. */
export const groupRecord = z.object({
  id: z.uuid(),
  name: z.string(),
  employerId: z.uuid(),
  language: z.string(),
  memberCount: z.number().int(),
  createdAt: z.string(),
});

export const groupSort = sortOn(['name', 'language', 'memberCount', 'createdAt', 'id']);

export const groupFilter = z.object({
  q: searchText.optional(),
  employerId: z.uuid().optional(),
  language: z.string().trim().max(40).optional(),
  /** The groups a learner belongs to (a learner's page). */
  learnerId: z.uuid().optional(),
});
