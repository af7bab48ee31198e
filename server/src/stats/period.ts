import { type Database, schema } from '@vigie/db';
import { cefrLevels, fundings } from '@vigie/domain/enums';
import { STATS_NONE, type StatsDimension, statsDimensions, statsMonths, statsQuarters, statsRegions } from '@vigie/domain/stats';
import { asc, eq } from 'drizzle-orm';
import type { Dimension } from './suppression/family.ts';

export type StatsCell = typeof schema.statsCells.$inferSelect;

/** A period's rollup: its dimensions with the values that occur, and its cells by family key. */
export interface PeriodRollup {
  period: number;
  dimensions: Dimension[];
  cells: Map<string, StatsCell>;
}

const withNone = (values: readonly string[]) => [...values, STATS_NONE];
/** Closed lists keep their own order; open ones (sectors, languages) go alphabetically, "none" last. */
const fixedOrder: Partial<Record<StatsDimension, readonly string[]>> = {
  region: statsRegions,
  funding: fundings,
  levelStart: withNone(cefrLevels),
  levelTarget: cefrLevels,
  levelReached: withNone(cefrLevels),
  month: statsMonths,
  quarter: Object.keys(statsQuarters),
};

function ordered(dimension: StatsDimension, values: string[]): string[] {
  const order = fixedOrder[dimension];
  if (order) return values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return values.sort((a, b) => (a === STATS_NONE ? 1 : b === STATS_NONE ? -1 : a.localeCompare(b, 'fr')));
}

export const cellKeyOf = (c: Pick<StatsCell, 'dimA' | 'valueA' | 'dimB' | 'valueB'>) =>
  [c.dimA && `${c.dimA}=${c.valueA}`, c.dimB && `${c.dimB}=${c.valueB}`].filter(Boolean).join('|');

export async function periodsOf(db: Database): Promise<number[]> {
  const rows = await db
    .select({ period: schema.statsCells.period })
    .from(schema.statsCells)
    .where(eq(schema.statsCells.dimA, ''))
    .orderBy(asc(schema.statsCells.period));
  return rows.map((r) => r.period);
}

export async function loadPeriod(db: Database, period: number): Promise<PeriodRollup> {
  const rows = await db.select().from(schema.statsCells).where(eq(schema.statsCells.period, period));
  const cells = new Map(rows.map((r) => [cellKeyOf(r), r]));
  const occurring = (d: StatsDimension) => ordered(d, rows.filter((r) => r.dimA === d && r.dimB === '').map((r) => r.valueA));
  const months = occurring('month');
  const dimensions = statsDimensions.map((key): Dimension => {
    const values = occurring(key);
    if (key !== 'quarter') return { key, values };
    const groups = Object.fromEntries(values.map((q) => [q, (statsQuarters[q as keyof typeof statsQuarters] ?? []).filter((m) => months.includes(m))]));
    return { key, values, of: { key: 'month', groups } };
  });
  return { period, dimensions, cells };
}
