import { sql } from 'drizzle-orm';
import { cefrLevels } from '@vigie/domain/enums';
import type { Transaction } from '../client.ts';
import { below, chance, literal, textArray, uuidOf, weighted } from './sql.ts';
import { courses, languages } from './words.ts';

// Every bulk learner n (1..count) and each of their contracts j (0 = the latest) is a pure function of n and
// j, computed once into two temporary tables that the seed's statements read: the same size gives the same
// data. Each step is a subquery of the next (`OFFSET 0` keeps it so), so each expression runs once a row.

export interface PlanSize {
  /** Learners generated in bulk (the well-known learner comes on top). */
  bulk: number;
  employers: number;
}

/** One row per bulk learner; see `learnerPlan` for the columns. */
export const learnerPlanTable = 'seed_learner_plan';
/** One row per bulk contract, with its learner's columns; see `contractPlan`. */
export const contractPlanTable = 'seed_contract_plan';

/** Share of learners with an employer, and how contracts are funded with and without one (60/25/15 overall). */
const employedShare = 0.85;
const fundingWithEmployer = [['employer', 70.6], ['cpf', 18.4], ['individual', 11]] as const;
const fundingWithoutEmployer = [['cpf', 62.5], ['individual', 37.5]] as const;
const hoursShares = [[20, 25], [30, 35], [40, 30], [60, 10]] as const;

const employerId = (employerNo: string) => uuidOf(`'employer:' || ${employerNo}`);
const learnerId = (n: string) => uuidOf(`'learner:' || ${n}`);

/** Session length: 60 hours come as 2-hour sessions, 40 as 90 or 120 minutes, less as 60 or 90. */
function minutesOf(hours: string, r: string): string {
  return `CASE WHEN ${hours} = 60 THEN 120 WHEN ${hours} = 40 THEN (CASE WHEN ${r} < 0.5 THEN 90 ELSE 120 END)
    ELSE (CASE WHEN ${r} < 0.5 THEN 60 ELSE 90 END) END`;
}

const weeksOf = (hours: string, minutes: string) => `ceil(${hours} * 60.0 / (${minutes}))::int`;

/** Contracts start on a weekday: the Monday of `day`'s week plus 0 to 4 days. */
function weekdayOf(day: string, r: string): string {
  return `(${day} - extract(isodow from ${day})::int + 1 + ${below(5, r)})`;
}

/** A local Paris time on a given day, as a timestamptz. */
export function parisTime(day: string, time: string): string {
  return `((${day}) + (${time})) AT TIME ZONE ${literal('Europe/Paris')}`;
}

/** A CEFR level (A1..C2) from its number 1-6. */
export function cefr(levelNo: string): string {
  return `(${textArray(cefrLevels)})[${levelNo}]`;
}

const step = (select: string, from: string) => `SELECT *, ${select} FROM (${from} OFFSET 0) AS previous`;

/**
 * n, learner_id, employer_no (0-based, null without employer) and employer_id, phase (active, planned, ended, blocked),
 * contracts (1-3), gap_days between their starts, last_day (about the latest one's start), created_at
 * (sign-up, before the first contract's start).
 */
function learnerPlan(size: PlanSize): string {
  const phases = [['blocked', 1.2], ['ended', 15], ['planned', 8], ['active', 75.8]] as const;
  const draws = `SELECT n, ${learnerId('n')} AS learner_id,
      CASE WHEN ${chance('n', 'employed')} < ${employedShare}
        THEN ${below(size.employers, `(${chance('n', 'employer')} ^ 2)`)} END AS employer_no,
      240 + ${below(121, chance('n', 'gap'))} AS gap_days,
      ${chance('n', 'phase')} AS r_phase, ${chance('n', 'contracts')} AS r_contracts, ${chance('n', 'start')} AS r_start,
      ${chance('n * 4', 'hours')} AS r_last_hours, ${chance('n * 4', 'minutes')} AS r_last_minutes,
      ${chance('n', 'created')} AS r_created, ${chance('n', 'created-time')} AS r_created_time
    FROM generate_series(1, ${size.bulk}) AS n`;
  const lastHours = weighted(hoursShares, 'r_last_hours');
  const shaped = step(`${weighted(phases, 'r_phase')} AS phase, ${weighted([[1, 75], [2, 20], [3, 5]], 'r_contracts')} AS wanted,
      ${weeksOf(lastHours, minutesOf(lastHours, 'r_last_minutes'))} AS last_weeks`, draws);
  const dated = step(`CASE phase
      WHEN 'ended' THEN current_date - last_weeks * 7 - 1 - ${below(120, 'r_start')}
      WHEN 'planned' THEN current_date + 1 + ${below(90, 'r_start')}
      ELSE current_date - ${below('greatest(1, last_weeks * 7 - 14)', 'r_start')} END AS last_day`, shaped);
  const counted = step(`least(wanted, 1 + (last_day - (current_date - 730)) / gap_days) AS contracts`, dated);
  const firstStart = weekdayOf('(last_day - (contracts - 1) * gap_days)', chance('n * 4 + contracts - 1', 'weekday'));
  const createdAt = parisTime(`least(${firstStart} - 5 - ${below(35, 'r_created')}, current_date - 1)`,
    `make_interval(mins => 480 + ${below(600, 'r_created_time')})`);
  return `SELECT n, learner_id, employer_no, ${employerId('employer_no')} AS employer_id, phase, contracts, gap_days,
      last_day, ${createdAt} AS created_at
    FROM (${counted} OFFSET 0) AS counted`;
}

/**
 * The learner's columns and j, ck (contract key), contract_id, funding, contract_employer_id, language, course,
 * hours, minutes, weeks, slot, level_no and target_no (CEFR 1-6), start_date, end_date, cancelled, status,
 * price_cents, contract_created_at.
 */
function contractPlan(): string {
  const r = (salt: string) => chance('ck', salt);
  const courseGrid = `ARRAY[${courses.map((row) => textArray(row)).join(', ')}]`;
  const pairs = `SELECT l.*, j, l.n * 4 + j AS ck FROM ${learnerPlanTable} AS l, generate_series(0, 2) AS j WHERE j < l.contracts`;
  const draws = step(`${uuidOf(`'contract:' || ck`)} AS contract_id, ${r('funding')} AS r_funding, ${r('language')} AS r_language,
      ${r('course')} AS r_course, ${r('hours')} AS r_hours, ${r('minutes')} AS r_minutes, ${r('slot')} AS r_slot,
      ${r('level')} AS r_level, ${r('step')} AS r_step, ${r('cancel')} AS r_cancel, ${r('weekday')} AS r_weekday,
      ${r('rate')} AS r_rate, ${r('signed')} AS r_signed`, pairs);
  const hours = weighted(hoursShares, 'r_hours');
  const shaped = step(`CASE WHEN employer_no IS NULL THEN ${weighted(fundingWithoutEmployer, 'r_funding')}
        ELSE ${weighted(fundingWithEmployer, 'r_funding')} END AS funding,
      ${weighted(languages.map(([, share], i) => [i + 1, share] as const), 'r_language')} AS language_no,
      ${hours} AS hours, ${minutesOf(hours, 'r_minutes')} AS minutes,
      ${weeksOf(hours, minutesOf(hours, 'r_minutes'))} AS weeks,
      ${weighted([['08:30', 2], ['10:00', 1], ['12:30', 3], ['14:00', 1], ['18:00', 3]], 'r_slot')}::time AS slot,
      ${weighted([[1, 20], [2, 30], [3, 25], [4, 18], [5, 7]], 'r_level')} AS level_no,
      (j > 0 OR phase IN ('ended', 'blocked')) AND r_cancel < CASE phase WHEN 'blocked' THEN 0.5 ELSE 0.04 END AS cancelled,
      ${weekdayOf('(last_day - j * gap_days)', 'r_weekday')} AS start_date`, draws);
  const rate = `CASE funding WHEN 'employer' THEN 62 + ${below(14, 'r_rate')} WHEN 'cpf' THEN 45 + ${below(11, 'r_rate')}
    ELSE 40 + ${below(11, 'r_rate')} END`;
  const endDate = 'start_date + 7 * (weeks - 1)';
  return `SELECT n, learner_id, employer_no, employer_id, phase, created_at, ck, contract_id, funding, hours, minutes, weeks, slot,
      level_no, cancelled, start_date,
      (${textArray(languages.map(([name]) => name))})[language_no] AS language,
      (${courseGrid})[language_no][1 + ${below(3, 'r_course')}] AS course,
      least(6, level_no + CASE WHEN r_step < 0.7 THEN 1 ELSE 2 END) AS target_no,
      CASE WHEN funding = 'employer' THEN employer_id END AS contract_employer_id,
      (hours * (${rate}) * 100)::int AS price_cents,
      ${endDate} AS end_date,
      CASE WHEN start_date > current_date THEN 'planned' WHEN cancelled THEN 'cancelled'
        WHEN ${endDate} < current_date THEN 'completed' ELSE 'active' END AS status,
      greatest(created_at, ${parisTime(`least(start_date - 3 - ${below(20, 'r_signed')}, current_date - 1)`, "'10:00'::time")})
        AS contract_created_at
    FROM (${shaped} OFFSET 0) AS shaped`;
}

/** Computes the plan into temporary tables, dropped at the end of the seed's transaction. */
export async function createPlans(tx: Transaction, size: PlanSize): Promise<void> {
  await tx.execute(sql.raw(`CREATE TEMPORARY TABLE ${learnerPlanTable} ON COMMIT DROP AS ${learnerPlan(size)}`));
  await tx.execute(sql.raw(`CREATE TEMPORARY TABLE ${contractPlanTable} ON COMMIT DROP AS ${contractPlan()}`));
}
