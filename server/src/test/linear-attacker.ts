/**
 * The attacker of the statistics' property tests, written apart from the suppression it judges: it
 * knows every published cell as an exact linear equation over the cube's cells (one unknown per
 * combination of values) and solves with rational Gauss-Jordan elimination. A hidden cell is pinned
 * down exactly when its indicator lies in the row space of the published ones.
 */
type Rational = readonly [num: bigint, den: bigint];

const abs = (x: bigint) => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));
function norm([n, d]: Rational): Rational {
  if (n === 0n) return [0n, 1n];
  const g = gcd(n, d) * (d < 0n ? -1n : 1n);
  return [n / g, d / g];
}
const sub = (a: Rational, b: Rational): Rational => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]);
const mul = (a: Rational, b: Rational): Rational => norm([a[0] * b[0], a[1] * b[1]]);
const div = (a: Rational, b: Rational): Rational => norm([a[0] * b[1], a[1] * b[0]]);
const isZero = (a: Rational) => a[0] === 0n;

export class LinearAttacker {
  /** Reduced rows, each with its pivot column. */
  private rows: { pivot: number; row: Rational[] }[] = [];

  constructor(private readonly width: number) {}

  private reduce(indicator: readonly number[]): Rational[] {
    const v: Rational[] = Array.from({ length: this.width }, (_, i) => [BigInt(indicator[i] ?? 0), 1n] as const);
    for (const { pivot, row } of this.rows) {
      const f = v[pivot] ?? [0n, 1n];
      if (isZero(f)) continue;
      for (let i = 0; i < this.width; i++) v[i] = sub(v[i] ?? [0n, 1n], mul(f, row[i] ?? [0n, 1n]));
    }
    return v;
  }

  /** Learns a published cell: its indicator over the cube. */
  learn(indicator: readonly number[]): void {
    const v = this.reduce(indicator);
    const pivot = v.findIndex((x) => !isZero(x));
    if (pivot < 0) return;
    const p = v[pivot] ?? [1n, 1n];
    const row = v.map((x) => div(x, p));
    // Keep the rows fully reduced, so that a single pass decides membership.
    for (const r of this.rows) {
      const f = r.row[pivot] ?? [0n, 1n];
      if (isZero(f)) continue;
      r.row = r.row.map((x, i) => sub(x, mul(f, row[i] ?? [0n, 1n])));
    }
    this.rows.push({ pivot, row });
  }

  /** Whether the cell with this indicator can be computed exactly from what was learnt. */
  determines(indicator: readonly number[]): boolean {
    return this.reduce(indicator).every(isZero);
  }
}
