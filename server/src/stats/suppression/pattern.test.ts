import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinearAttacker } from '../../test/linear-attacker.ts';
import { type Constraint, type Dimension, familyOf } from './family.ts';
import { suppressionPattern } from './pattern.ts';

type Unit = Record<string, string>;

/** Base dimensions of the test cube, and a coarsening of the last (quarters of months). */
function dimensionsOf(sizes: readonly number[]): Dimension[] {
  const base = sizes.map((n, i) => ({ key: `d${i}`, values: Array.from({ length: n }, (_, v) => `v${v}`) }));
  const months = { key: 'month', values: ['m1', 'm2', 'm3', 'm4'] };
  const quarter = { key: 'quarter', values: ['q1', 'q2'], of: { key: 'month', groups: { q1: ['m1', 'm2'], q2: ['m3', 'm4'] } } };
  return [...base, months, quarter];
}

const matches = (dimensions: readonly Dimension[], unit: Unit, constraints: readonly Constraint[]) =>
  constraints.every(([key, value]) => {
    const d = dimensions.find((x) => x.key === key);
    return d?.of ? (d.of.groups[value] ?? []).includes(unit[d.of.key] ?? '') : unit[key] === value;
  });

/** Every combination of base values: the unknowns of the attacker. */
function cubeOf(dimensions: readonly Dimension[]): Unit[] {
  return dimensions
    .filter((d) => !d.of)
    .reduce<Unit[]>((cells, d) => cells.flatMap((c) => d.values.map((v) => ({ ...c, [d.key]: v }))), [{}]);
}

function tablesOf(dimensions: readonly Dimension[], population: readonly Unit[], k: number) {
  const cells = familyOf(dimensions).map((cell) => ({
    ...cell,
    count: population.filter((u) => matches(dimensions, u, cell.constraints)).length,
  }));
  const primary = new Set(cells.filter((c) => c.count > 0 && c.count < k).map((c) => c.key));
  return { cells, primary, suppressed: suppressionPattern({ dimensions, cells, primary }) };
}

const populations = fc
  .record({ sizes: fc.array(fc.integer({ min: 2, max: 3 }), { minLength: 2, maxLength: 3 }), k: fc.integer({ min: 3, max: 5 }) })
  .chain(({ sizes, k }) => {
    const dimensions = dimensionsOf(sizes);
    const unit = fc.record(Object.fromEntries(dimensions.filter((d) => !d.of).map((d) => [d.key, fc.constantFrom(...d.values)])));
    return fc.record({ dimensions: fc.constant(dimensions), k: fc.constant(k), population: fc.array(unit, { maxLength: 80 }) });
  });

describe('secondary suppression over every table of a period', () => {
  it('hides the four corners of a rectangle around one small cell, and keeps the totals', () => {
    const dimensions: Dimension[] = [
      { key: 'r', values: ['A', 'B'] },
      { key: 'c', values: ['X', 'Y'] },
    ];
    const counts: Record<string, number> = { '': 30, 'r=A': 12, 'r=B': 18, 'c=X': 14, 'c=Y': 16, 'r=A|c=X': 2, 'r=A|c=Y': 10, 'r=B|c=X': 12, 'r=B|c=Y': 6 };
    const cells = familyOf(dimensions).map((c) => ({ ...c, count: counts[c.key] ?? 0 }));
    const suppressed = suppressionPattern({ dimensions, cells, primary: new Set(['r=A|c=X']) });
    expect([...suppressed].sort()).toEqual(['r=A|c=X', 'r=A|c=Y', 'r=B|c=X', 'r=B|c=Y']);
  });

  it('no published cell rests on fewer than k learners, and the attacker holding every table pins no hidden cell down', () => {
    fc.assert(
      fc.property(populations, ({ dimensions, k, population }) => {
        const { cells, suppressed } = tablesOf(dimensions, population, k);
        const cube = cubeOf(dimensions);
        const indicator = (constraints: readonly Constraint[]) => cube.map((u) => (matches(dimensions, u, constraints) ? 1 : 0));
        const attacker = new LinearAttacker(cube.length);
        for (const cell of cells) {
          if (suppressed.has(cell.key)) continue;
          expect(cell.count === 0 || cell.count >= k).toBe(true);
          attacker.learn(indicator(cell.constraints));
        }
        for (const cell of cells) if (cell.count > 0 && cell.count < k) expect(attacker.determines(indicator(cell.constraints))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('a measure resting on fewer learners keeps its count’s hidden cells and protects its own small cells', () => {
    fc.assert(
      fc.property(populations, fc.double({ min: 0.3, max: 1, noNaN: true }), ({ dimensions, k, population }, share) => {
        const counts = tablesOf(dimensions, population, k);
        // Respondents: a share of each kind of learner answered the survey.
        const respondents = population.filter((_, i) => (i * share) % 1 < share);
        const own = tablesOf(dimensions, respondents, k);
        const pattern = suppressionPattern({ dimensions, cells: own.cells, primary: own.primary, hidden: counts.suppressed });
        for (const key of counts.suppressed) expect(pattern.has(key)).toBe(true);
        const cube = cubeOf(dimensions);
        const indicator = (constraints: readonly Constraint[]) => cube.map((u) => (matches(dimensions, u, constraints) ? 1 : 0));
        const attacker = new LinearAttacker(cube.length);
        for (const cell of own.cells) if (!pattern.has(cell.key)) attacker.learn(indicator(cell.constraints));
        for (const cell of own.cells) if (own.primary.has(cell.key)) expect(attacker.determines(indicator(cell.constraints))).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('suppresses no more than it must: with no small cell, every cell is published', () => {
    fc.assert(
      fc.property(populations, ({ dimensions, population }) => {
        expect(tablesOf(dimensions, population, 1).suppressed.size).toBe(0);
      }),
      { numRuns: 30 },
    );
  });
});
