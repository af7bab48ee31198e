import type { Database } from '@vigie/db';
import { z } from 'zod';
import { processorReader, withChecks } from '../processors/resource.ts';
import { processorRecord } from '../processors/schemas.ts';
import { controller } from './controller.ts';
import { activityReader } from './resource.ts';
import { activityRecord } from './schemas.ts';

/**
 * The whole register (Art. 30(1)), from which the client prints the CNIL-style document and the CSV.
 * `data` holds the processors with their contact persons, the only personal data in it.
 */
export const registerExport = z.object({
  controller: z.object({
    name: z.string(),
    address: z.string(),
    registration: z.string(),
    dpo: z.object({ title: z.string(), address: z.string(), email: z.string() }),
  }),
  generatedAt: z.string(),
  activities: z.array(activityRecord),
  data: z.array(processorRecord),
});

const everything = { pagination: { page: 1, perPage: 500 }, filter: {} } as const;

export async function exportRegister(db: Database, now: Date, today: string) {
  const [activities, processors] = await Promise.all([
    activityReader.list(db, { ...everything, sort: { field: 'name', order: 'ASC' } }),
    processorReader.list(db, { ...everything, sort: { field: 'name', order: 'ASC' } }),
  ]);
  return {
    data: {
      controller,
      generatedAt: now.toISOString(),
      activities: activities.data.data,
      data: processors.data.data.map(withChecks(today)),
    },
    audit: { ...processors.audit, details: { activities: activities.data.data.length } },
  };
}
