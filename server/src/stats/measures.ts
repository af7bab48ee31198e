import type { schema } from '@vigie/db';
import type { StatsMeasure } from '@vigie/domain/stats';

type Cell = typeof schema.statsCells.$inferSelect;

/**
 * Each measure: its figure from a cell's sums (null when nothing was measured), and the learners it
 * rests on. Measures resting on the same learners share one suppression pattern; the others add their
 * own small cells to it (a mean over fewer than k respondents is as telling as a count).
 */
interface Measure {
  value: (c: Cell) => number | null;
  restsOn: 'learners' | 'attendanceLearners' | 'progressLearners' | 'surveyLearners';
}

const ratio = (num: number, den: number, scale: number, digits: number) =>
  den > 0 ? Math.round((num / den) * scale * 10 ** digits) / 10 ** digits : null;

export const measures: Record<StatsMeasure, Measure> = {
  learners: { value: (c) => c.learners, restsOn: 'learners' },
  contracts: { value: (c) => c.contracts, restsOn: 'learners' },
  hoursAttended: { value: (c) => Math.round(c.minutesAttended / 6) / 10, restsOn: 'learners' },
  completion: { value: (c) => ratio(c.completed, c.contracts, 100, 1), restsOn: 'learners' },
  attendanceRate: { value: (c) => ratio(c.sessionsPresent, c.sessions, 100, 1), restsOn: 'attendanceLearners' },
  levelProgress: { value: (c) => ratio(c.progressSum, c.progressLearners, 1, 2), restsOn: 'progressLearners' },
  surveyScore: { value: (c) => ratio(c.surveySum, c.surveyLearners, 1, 1), restsOn: 'surveyLearners' },
};
