import { type Basis, combine, lead, reduce } from './elimination.ts';
import { type Dimension, type FamilyCell } from './family.ts';
import { type SparseVector, vectorSpace } from './vectors.ts';

export interface PatternInput {
  dimensions: readonly Dimension[];
  cells: readonly (FamilyCell & { count: number })[];
  /** Cells that rest on too few learners: none of them may be recomputed from what is published. */
  primary: ReadonlySet<string>;
  /** Cells hidden anyway (a measure's cell is hidden with its count); they need no protection. */
  hidden?: ReadonlySet<string>;
}

/**
 * Empty cells first (hiding a zero protects nobody from a reader who knows the combination is empty),
 * then totals, then larger cells: what a reader needs most is published, small cells take the suppression.
 */
function byPriority(a: PatternInput['cells'][number], b: PatternInput['cells'][number]) {
  const empty = Number(b.count === 0) - Number(a.count === 0);
  return empty || a.constraints.length - b.constraints.length || b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Secondary suppression after Langsrud's GaussSuppression (the R package of Statistics Norway): the
 * cells are offered for publication in order of priority; a cell is published unless, added to what is
 * already published, it would put a primary cell in the span of the published cells, in which case it is
 * suppressed too. The test is exact: each primary cell's residual against the published basis is kept,
 * and a candidate is refused when it would reduce one of them to zero. Returns every suppressed cell.
 */
export function suppressionPattern(input: PatternInput): Set<string> {
  const vectorOf = vectorSpace(input.dimensions);
  const suppressed = new Set<string>([...input.primary, ...(input.hidden ?? [])]);
  const basis: Basis = new Map();
  const residuals = new Map<string, SparseVector>();
  for (const cell of input.cells) if (input.primary.has(cell.key)) residuals.set(cell.key, reduce(vectorOf(cell), basis));

  for (const cell of [...input.cells].sort(byPriority)) {
    if (suppressed.has(cell.key)) continue;
    const r = reduce(vectorOf(cell), basis);
    const p = lead(r);
    // Already determined by what is published: publishing it tells nothing new.
    if (p < 0) continue;
    const updates = new Map<string, SparseVector>();
    let exposes = false;
    for (const [key, s] of residuals) {
      if (lead(s) !== p) continue;
      const t = reduce(combine(r.get(p) ?? 1n, s, s.get(p) ?? 0n, r), basis);
      if (t.size === 0) {
        exposes = true;
        break;
      }
      updates.set(key, t);
    }
    if (exposes) {
      suppressed.add(cell.key);
      continue;
    }
    basis.set(p, r);
    for (const [key, t] of updates) residuals.set(key, t);
  }
  return suppressed;
}
