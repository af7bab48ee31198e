import { type Column, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';

/** The company's clock: days of the console (periods, counts per day) are days in Paris. */
export const LOCAL_TIME_ZONE = 'Europe/Paris';

/** A day (`2025-03-30`, a whole day in Paris) or an instant (`2025-03-30T06:00:00Z`). */
export const periodBound = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
export type PeriodBound = z.infer<typeof periodBound>;

const isDay = (bound: string) => bound.length === 10;
const parisMidnight = (day: SQL) => sql`((${day})::timestamp AT TIME ZONE ${LOCAL_TIME_ZONE})`;

/** From the start of a day in Paris, or from an instant. */
export const onOrAfter = (column: Column, bound: PeriodBound): SQL =>
  isDay(bound) ? sql`${column} >= ${parisMidnight(sql`${bound}::date`)}` : sql`${column} >= ${bound}::timestamptz`;

/** Up to the end of a day in Paris, or up to an instant (included). */
export const onOrBefore = (column: Column, bound: PeriodBound): SQL =>
  isDay(bound) ? sql`${column} < ${parisMidnight(sql`${bound}::date + 1`)}` : sql`${column} <= ${bound}::timestamptz`;
