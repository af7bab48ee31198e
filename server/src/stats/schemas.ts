import { STATS_MIN_THRESHOLD, statsDimensions, statsMeasures } from '@vigie/domain/stats';
import { z } from 'zod';

export const dimension = z.enum(statsDimensions);
export const measure = z.enum(statsMeasures);

/** A table: up to two dimensions counting an equality filter (a filtered table is a slice of a two-way one). */
export const tableInput = z
  .object({
    rows: dimension,
    columns: dimension.optional(),
    measure,
    period: z.number().int().min(2000).max(2100),
    filter: z.partialRecord(dimension, z.string().min(1).max(100)).default({}),
  })
  .strict();
export type TableInput = z.infer<typeof tableInput>;

export const tableCell = z.object({
  /** null: the column's total; likewise `column` (always null without columns). */
  row: z.string().nullable(),
  column: z.string().nullable(),
  value: z.number().nullable(),
  suppressed: z.boolean(),
});

export const tableOutput = z.object({
  period: z.number(),
  measure,
  rows: z.object({ dimension, values: z.array(z.string()) }),
  columns: z.object({ dimension, values: z.array(z.string()) }).nullable(),
  filter: z.partialRecord(dimension, z.string()),
  cells: z.array(tableCell),
  threshold: z.number(),
  suppressedCount: z.number(),
  refreshedAt: z.string().nullable(),
});
export type TableOutput = z.infer<typeof tableOutput>;

export const dimensionsInput = z.object({ period: z.number().int().min(2000).max(2100).optional() }).strict().optional();

export const dimensionsOutput = z.object({
  periods: z.array(z.number()),
  period: z.number().nullable(),
  dimensions: z.array(z.object({ dimension, values: z.array(z.string()) })),
  measures: z.array(measure),
  threshold: z.number(),
  refreshedAt: z.string().nullable(),
});

export const thresholdInput = z.object({ threshold: z.number().int().min(STATS_MIN_THRESHOLD).max(50) }).strict();

export const thresholdOutput = z.object({ threshold: z.number() });
