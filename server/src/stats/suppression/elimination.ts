import type { SparseVector } from './vectors.ts';

/**
 * Exact, fraction-free Gaussian elimination on sparse integer vectors (BigInt): a vector is reduced by
 * the basis vector whose pivot is its leading (highest) coordinate until its lead is no pivot, and is
 * kept primitive (coefficients divided by their gcd, lead positive), so that nothing is ever rounded.
 */
export type Basis = Map<number, SparseVector>;

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y) [x, y] = [y, x % y];
  return x;
}

export function lead(v: SparseVector): number {
  let max = -1;
  for (const k of v.keys()) if (k > max) max = k;
  return max;
}

function primitive(v: SparseVector): SparseVector {
  let g = 0n;
  for (const x of v.values()) g = gcd(g, x);
  const sign = (v.get(lead(v)) ?? 1n) < 0n ? -1n : 1n;
  if (g <= 1n && sign === 1n) return v;
  const out: SparseVector = new Map();
  for (const [k, x] of v) out.set(k, (x / g) * sign);
  return out;
}

/** a·u − b·w, without its zeros. */
export function combine(a: bigint, u: SparseVector, b: bigint, w: SparseVector): SparseVector {
  const out: SparseVector = new Map();
  for (const [k, x] of u) out.set(k, a * x);
  for (const [k, x] of w) {
    const y = (out.get(k) ?? 0n) - b * x;
    if (y === 0n) out.delete(k);
    else out.set(k, y);
  }
  return primitive(out);
}

/** Eliminates `v`'s pivots with the basis; empty when `v` lies in the basis's span. */
export function reduce(v: SparseVector, basis: Basis): SparseVector {
  let r = primitive(v);
  for (;;) {
    const p = lead(r);
    const b = p < 0 ? undefined : basis.get(p);
    if (!b) return r;
    r = combine(b.get(p) ?? 1n, r, r.get(p) ?? 0n, b);
  }
}
