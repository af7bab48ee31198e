import { z } from 'zod';
import { sortOn } from '../resource-params.ts';
import { searchText } from '../resources/search.ts';

/** A company that buys training: a legal person, not personal data. */
export const employerRecord = z.object({
  id: z.uuid(),
  name: z.string(),
  siret: z.string(),
  sector: z.string(),
  city: z.string(),
  createdAt: z.string(),
});

export const employerSort = sortOn(['name', 'siret', 'sector', 'city', 'createdAt', 'id']);

export const employerFilter = z.object({
  /** Part of the name, SIRET or city. */
  q: searchText.optional(),
  sector: z.string().trim().max(100).optional(),
  city: z.string().trim().max(100).optional(),
});
