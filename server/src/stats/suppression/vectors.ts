import { baseOf, type Dimension, type FamilyCell } from './family.ts';

/**
 * A cell as a vector over the corner-point basis of the two-way margins: the constant, and for each
 * base dimension and each of its values but the last (the reference), its indicator, and the products
 * of two such indicators from different dimensions. Every cell of the family is a sum of the cube's
 * cells it covers; on the span of two-way cells this basis is exact, so linear dependence among cells
 * (what an attacker exploits) is the same here as over the whole cube, at a size independent of the
 * number of learners.
 */
export type SparseVector = Map<number, bigint>;

interface Term {
  /** `base:valueIndex`, or '' for the constant. */
  coordinate: string;
  coefficient: bigint;
}

export function vectorSpace(dimensions: readonly Dimension[]) {
  const byKey = new Map(dimensions.map((d) => [d.key, d]));
  const ids = new Map<string, number>();
  const idOf = (coordinate: string) => {
    let id = ids.get(coordinate);
    if (id === undefined) ids.set(coordinate, (id = ids.size));
    return id;
  };

  /** The indicator of a set of a base dimension's values: Σ e_u, or 1 − Σ e_u over the others when it holds the reference. */
  function termsOf(dimension: Dimension, value: string): Term[] {
    const base = byKey.get(baseOf(dimension));
    if (!base) throw new Error(`unknown dimension ${baseOf(dimension)}`);
    const chosen = new Set(dimension.of ? (dimension.of.groups[value] ?? []) : [value]);
    const reference = base.values[base.values.length - 1];
    const indicator = (u: number) => `${base.key}:${u}`;
    if (reference === undefined || !chosen.has(reference)) {
      return base.values.flatMap((v, u) => (chosen.has(v) ? [{ coordinate: indicator(u), coefficient: 1n }] : []));
    }
    const others = base.values.slice(0, -1).flatMap((v, u) => (chosen.has(v) ? [] : [{ coordinate: indicator(u), coefficient: -1n }]));
    return [{ coordinate: '', coefficient: 1n }, ...others];
  }

  return function vectorOf(cell: FamilyCell): SparseVector {
    let terms: Term[] = [{ coordinate: '', coefficient: 1n }];
    for (const [key, value] of cell.constraints) {
      const dimension = byKey.get(key);
      if (!dimension) throw new Error(`unknown dimension ${key}`);
      const factor = termsOf(dimension, value);
      terms = terms.flatMap((t) =>
        factor.map((f) => ({
          coordinate: [t.coordinate, f.coordinate].filter(Boolean).sort().join(','),
          coefficient: t.coefficient * f.coefficient,
        })),
      );
    }
    const vector: SparseVector = new Map();
    for (const t of terms) {
      const id = idOf(t.coordinate);
      const sum = (vector.get(id) ?? 0n) + t.coefficient;
      if (sum === 0n) vector.delete(id);
      else vector.set(id, sum);
    }
    return vector;
  };
}
