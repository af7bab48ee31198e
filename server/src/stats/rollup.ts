import { dbRoles, type Database, schema, selectRows, withRole } from '@vigie/db';
import { cefrLevels } from '@vigie/domain/enums';
import { STATS_NONE, type StatsDimension, statsDimensions } from '@vigie/domain/stats';
import { sql } from 'drizzle-orm';
import { normalisedLocality, regionOf, regionTowns } from './regions.ts';

// Any constant works; the same in every process, so that one rollup runs at a time.
const ROLLUP_LOCK = 7_240_013;

/** The dimensions' columns in `units`, in the order of `statsDimensions` (and of GROUPING's bits). */
const columnOf: Record<StatsDimension, string> = {
  sector: 'sector',
  region: 'region',
  funding: 'funding',
  language: 'language',
  levelStart: 'level_start',
  levelTarget: 'level_target',
  levelReached: 'level_reached',
  month: 'month',
  quarter: 'quarter',
};

/** The grand total, every dimension alone, and every pair but months with their own quarters. */
const groupingSets = (() => {
  const sets: StatsDimension[][] = [[]];
  statsDimensions.forEach((a, i) => {
    sets.push([a]);
    for (const b of statsDimensions.slice(i + 1)) if (!(a === 'month' && b === 'quarter')) sets.push([a, b]);
  });
  return sets.map((set) => `(${set.map((d) => columnOf[d]).join(', ')})`).join(', ');
})();

const levels = `ARRAY[${cefrLevels.map((l) => `'${l}'`).join(', ')}]`;

/**
 * One row per learner and year of contract start (the statistical unit: sums over units add up, so
 * every published figure is a linear function of the cube). The dimensions are those of the learner's
 * first contract starting that year; the measures sum over all of that year's contracts. Learners who
 * objected to statistics, restricted and erased learners are left out here, before anything is counted.
 */
const units = sql`
  WITH kept AS (
    SELECT l.id, coalesce(e.sector, ${STATS_NONE}) AS sector,
      ${regionOf(sql`l.country`, sql`towns.region`)} AS region
    FROM learners l LEFT JOIN employers e ON e.id = l.employer_id
      LEFT JOIN ${regionTowns} ON towns.town = ${normalisedLocality(sql`l.locality`)}
    WHERE l.status <> 'erased' AND l.restricted_at IS NULL AND NOT l.objects_to_statistics
  ), contract AS (
    SELECT c.id, c.learner_id, c.funding, c.language, c.target_level, c.start_date, c.status,
      extract(year FROM c.start_date)::int AS period,
      row_number() OVER (PARTITION BY c.learner_id, extract(year FROM c.start_date) ORDER BY c.start_date, c.id) AS rank
    FROM training_contracts c JOIN kept k ON k.id = c.learner_id
  ), att AS (
    SELECT a.contract_id, count(*)::int AS sessions, (count(*) FILTER (WHERE a.present))::int AS present,
      coalesce(sum(a.duration_minutes) FILTER (WHERE a.present), 0)::bigint AS minutes
    FROM attendance a GROUP BY a.contract_id
  ), assessed AS (
    SELECT s.contract_id,
      (array_agg(s.cefr_level ORDER BY s.assessed_on DESC) FILTER (WHERE s.kind = 'level_test' AND s.cefr_level IS NOT NULL))[1] AS level_start,
      (array_agg(s.cefr_level ORDER BY s.assessed_on DESC) FILTER (WHERE s.kind = 'progress_evaluation' AND s.cefr_level IS NOT NULL))[1] AS level_reached,
      avg(s.score) FILTER (WHERE s.kind = 'participant_survey') AS survey
    FROM assessments s WHERE s.contract_id IS NOT NULL GROUP BY s.contract_id
  ), yearly AS (
    SELECT c.learner_id, c.period, count(*)::int AS contracts, (count(*) FILTER (WHERE c.status = 'completed'))::int AS completed,
      coalesce(sum(t.sessions), 0)::int AS sessions, coalesce(sum(t.present), 0)::int AS present,
      coalesce(sum(t.minutes), 0)::bigint AS minutes, avg(s.survey) AS survey
    FROM contract c LEFT JOIN att t ON t.contract_id = c.id LEFT JOIN assessed s ON s.contract_id = c.id
    GROUP BY c.learner_id, c.period
  ), units AS (
    SELECT f.period, k.sector, k.region, f.funding, f.language, f.target_level AS level_target,
      coalesce(s.level_start, ${STATS_NONE}) AS level_start, coalesce(s.level_reached, ${STATS_NONE}) AS level_reached,
      to_char(f.start_date, 'MM') AS month, 'T' || extract(quarter FROM f.start_date)::int AS quarter,
      y.contracts, y.completed, y.sessions, y.present, y.minutes, y.survey,
      array_position(${sql.raw(levels)}, s.level_reached) - array_position(${sql.raw(levels)}, s.level_start) AS progress
    FROM contract f JOIN kept k ON k.id = f.learner_id
      JOIN yearly y ON y.learner_id = f.learner_id AND y.period = f.period
      LEFT JOIN assessed s ON s.contract_id = f.id
    WHERE f.rank = 1
  )
  SELECT period, grouping(${sql.raw(statsDimensions.map((d) => columnOf[d]).join(', '))})::int AS grouped,
    ${sql.raw(statsDimensions.map((d) => columnOf[d]).join(', '))},
    count(*)::int AS learners, sum(contracts)::int AS contracts, sum(completed)::int AS completed,
    sum(minutes)::bigint AS minutes, sum(sessions)::int AS sessions, sum(present)::int AS present,
    (count(*) FILTER (WHERE sessions > 0))::int AS attendance_learners,
    coalesce(sum(progress), 0)::int AS progress_sum, count(progress)::int AS progress_learners,
    round(coalesce(sum(survey), 0), 2) AS survey_sum, count(survey)::int AS survey_learners
  FROM units
  GROUP BY period, GROUPING SETS (${sql.raw(groupingSets)})`;

type UnitRow = Record<string, string | number | null> & {
  period: number;
  grouped: number;
  learners: number;
  contracts: number;
  completed: number;
  minutes: string | number;
  sessions: number;
  present: number;
  attendance_learners: number;
  progress_sum: number;
  progress_learners: number;
  survey_sum: string | number;
  survey_learners: number;
};

/** A grouping row as a rollup cell: the dimensions it is not grouped over, in the list's order. */
function cellOf(row: UnitRow): typeof schema.statsCells.$inferInsert {
  const kept = statsDimensions.filter((_, i) => (row.grouped & (1 << (statsDimensions.length - 1 - i))) === 0);
  const [a, b] = kept.map((d) => [d, String(row[columnOf[d]])] as const);
  return {
    period: row.period,
    dimA: a?.[0] ?? '',
    valueA: a?.[1] ?? '',
    dimB: b?.[0] ?? '',
    valueB: b?.[1] ?? '',
    learners: row.learners,
    contracts: row.contracts,
    completed: row.completed,
    minutesAttended: Number(row.minutes),
    sessions: row.sessions,
    sessionsPresent: row.present,
    attendanceLearners: row.attendance_learners,
    progressSum: row.progress_sum,
    progressLearners: row.progress_learners,
    surveySum: Number(row.survey_sum),
    surveyLearners: row.survey_learners,
  };
}

/**
 * Rebuilds the rollup in one transaction, in the rollup's own role: it reads the few personal columns it
 * counts by and writes counts and sums only. Returns the number of cells, or null when another process
 * holds the lock (it is rebuilding the same thing).
 */
export async function refreshStats(db: Database, now: () => Date = () => new Date()): Promise<number | null> {
  const started = Date.now();
  return withRole(db, dbRoles.statsRollup, async (tx) => {
    const [lock] = await selectRows<{ ok: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(${ROLLUP_LOCK}) AS ok`);
    if (!lock?.ok) return null;
    // The planner's estimates for 45 grouping sets are huge: JIT would spend seconds compiling a query that runs in less.
    await tx.execute(sql`SET LOCAL jit = off`);
    const cells = (await selectRows<UnitRow>(tx, units)).map(cellOf);
    await tx.delete(schema.statsCells);
    // Chunks keep each insert under PostgreSQL's limit on parameters.
    for (let i = 0; i < cells.length; i += 2_000) await tx.insert(schema.statsCells).values(cells.slice(i, i + 2_000));
    const refresh = { id: 1, refreshedAt: now(), durationMs: Date.now() - started };
    await tx.insert(schema.statsRefreshes).values(refresh).onConflictDoUpdate({ target: schema.statsRefreshes.id, set: refresh });
    return cells.length;
  });
}
