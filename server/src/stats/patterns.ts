import type { StatsMeasure } from '@vigie/domain/stats';
import { measures } from './measures.ts';
import type { PeriodRollup } from './period.ts';
import { familyOf } from './suppression/family.ts';
import { suppressionPattern } from './suppression/pattern.ts';

type RestsOn = (typeof measures)[StatsMeasure]['restsOn'];

/**
 * The suppressed cells of a period for the learners a measure rests on. The pattern depends on the
 * rollup and k only, so every request of the period sees the same one (which is what makes tables
 * consistent with each other); it is kept per process until the rollup or k changes.
 */
const cache = new Map<string, Set<string>>();

function computePattern(rollup: PeriodRollup, k: number, restsOn: RestsOn, hidden?: Set<string>): Set<string> {
  const cells = familyOf(rollup.dimensions).map((cell) => {
    const stored = rollup.cells.get(cell.key);
    return { ...cell, count: stored?.learners ?? 0, contributors: stored?.[restsOn] ?? 0 };
  });
  const primary = new Set(cells.filter((c) => c.contributors > 0 && c.contributors < k).map((c) => c.key));
  return suppressionPattern({ dimensions: rollup.dimensions, cells, primary, ...(hidden ? { hidden } : {}) });
}

export function patternFor(rollup: PeriodRollup, k: number, measure: StatsMeasure, version: string): Set<string> {
  const restsOn = measures[measure].restsOn;
  const keyOf = (r: RestsOn) => `${version}|${rollup.period}|${k}|${r}`;
  let learners = cache.get(keyOf('learners'));
  if (!learners) cache.set(keyOf('learners'), (learners = computePattern(rollup, k, 'learners')));
  if (restsOn === 'learners') return learners;
  let own = cache.get(keyOf(restsOn));
  // A measure's cell is hidden with its count: the count's pattern is where the measure's starts.
  if (!own) cache.set(keyOf(restsOn), (own = computePattern(rollup, k, restsOn, learners)));
  if (cache.size > 64) cache.delete(cache.keys().next().value ?? '');
  return own;
}
