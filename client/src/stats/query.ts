import type { StatsDimension, StatsMeasure } from '@vigie/domain/stats';

/** What the screen asks for; '' is "none" in the selects. */
export interface StatsQuery {
  period: number;
  rows: StatsDimension;
  columns: StatsDimension | '';
  filterDimension: StatsDimension | '';
  filterValue: string;
  measure: StatsMeasure;
}

/** Months and quarters say the same thing: never crossed (the server refuses it too). */
const sameBase = (a: StatsDimension, b: StatsDimension) => a === b || (a === 'month' && b === 'quarter') || (a === 'quarter' && b === 'month');

export const crossableDimensions = (all: readonly StatsDimension[], rows: StatsDimension) => all.filter((d) => !sameBase(d, rows));

/** The procedure's input, or null while a filter has no value yet. */
export function tableInputOf(q: StatsQuery) {
  if (q.filterDimension && !q.filterValue) return null;
  return {
    period: q.period,
    rows: q.rows,
    measure: q.measure,
    ...(q.columns ? { columns: q.columns } : {}),
    filter: q.filterDimension ? { [q.filterDimension]: q.filterValue } : {},
  };
}
