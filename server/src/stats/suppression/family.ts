/**
 * The family of cells the API can publish for one period: the grand total, every cell of every
 * one-dimension table and every cell of every two-dimension table. A filtered table is a slice of a
 * two-dimension table (its total a one-dimension cell), so this family is everything an attacker holding
 * every table of the period holds, and the suppression is computed over all of it at once.
 */
export interface Dimension {
  key: string;
  values: readonly string[];
  /** A coarsening of another dimension (quarters of months): each value is a set of the other's values. */
  of?: { key: string; groups: Readonly<Record<string, readonly string[]>> };
}

export type Constraint = readonly [dimension: string, value: string];

export interface FamilyCell {
  /** `dimA=valueA|dimB=valueB`, dimensions in the order of the list; '' for the grand total. */
  key: string;
  constraints: readonly Constraint[];
}

export const cellKey = (constraints: readonly Constraint[]): string => constraints.map(([d, v]) => `${d}=${v}`).join('|');

/** The dimension a value set is drawn from: itself, or the one it coarsens. */
export const baseOf = (dimension: Dimension): string => dimension.of?.key ?? dimension.key;

/** Two dimensions can be crossed unless one coarsens the other (months by quarters says nothing new). */
export const crossable = (a: Dimension, b: Dimension): boolean => a.key !== b.key && baseOf(a) !== baseOf(b);

/** The cell of a table, with its constraints in the family's order (so that every request names it alike). */
export function cellOf(dimensions: readonly Dimension[], constraints: readonly Constraint[]): FamilyCell {
  const order = (d: string) => dimensions.findIndex((x) => x.key === d);
  const sorted = [...constraints].sort((x, y) => order(x[0]) - order(y[0]));
  return { key: cellKey(sorted), constraints: sorted };
}

export function familyOf(dimensions: readonly Dimension[]): FamilyCell[] {
  const cells: FamilyCell[] = [{ key: '', constraints: [] }];
  for (const d of dimensions) for (const v of d.values) cells.push(cellOf(dimensions, [[d.key, v]]));
  dimensions.forEach((a, i) => {
    for (const b of dimensions.slice(i + 1)) {
      if (!crossable(a, b)) continue;
      for (const va of a.values) for (const vb of b.values) cells.push(cellOf(dimensions, [[a.key, va], [b.key, vb]]));
    }
  });
  return cells;
}
