import { sql } from 'drizzle-orm';
import type { assessmentKinds } from '@vigie/domain/enums';
import type { Transaction } from '../client.ts';
import { assessments } from '../schema/assessments.ts';
import { trainingContracts } from '../schema/contracts.ts';
import { groupMembers, trainingGroups } from '../schema/groups.ts';
import { cefr, contractPlanTable } from './plan.ts';

type AssessmentKind = (typeof assessmentKinds)[number];
import { below, chance, into, pick, uuidOf } from './sql.ts';
import { levelTestNotes, needsNotes, profileNotes } from './words.ts';

function contractsInsert(): string {
  return `INSERT INTO ${into(trainingContracts, [
    'id', 'learnerId', 'funding', 'employerId', 'course', 'language', 'targetLevel', 'hours',
    'startDate', 'endDate', 'status', 'priceCents', 'createdAt',
  ])}
    SELECT contract_id, learner_id, funding, contract_employer_id, course, language, ${cefr('target_no')}, hours,
      start_date, end_date, status, price_cents, contract_created_at
    FROM ${contractPlanTable} c`;
}

/**
 * Closed groups: three learners in four with an employer-funded contract are taught in groups of 3 to 7
 * colleagues (same employer, same language, neighbouring start dates), which leaves a seat for the
 * well-known learner; the others, and colleagues too few to make a group, one-to-one.
 */
function groupsInsert(): string {
  const groupId = uuidOf(`'group:' || employer_no || ':' || language || ':' || group_no`);
  return `WITH enrolled AS MATERIALIZED (
      SELECT DISTINCT ON (learner_id, language) employer_no, contract_employer_id AS employer_id, language, learner_id,
        start_date, ck, contract_created_at AS enrolled_at
      FROM ${contractPlanTable}
      WHERE funding = 'employer' AND status <> 'cancelled' AND ${chance('n', 'grouped')} < 0.75
      ORDER BY learner_id, language, start_date DESC
    ), ranked AS (
      SELECT *, row_number() OVER (PARTITION BY employer_no, language ORDER BY start_date, ck) - 1 AS rank,
        count(*) OVER (PARTITION BY employer_no, language) AS colleagues
      FROM enrolled
    ), members AS MATERIALIZED (
      SELECT *, rank * ceil(colleagues / 7.0)::int / colleagues AS group_no FROM ranked WHERE colleagues >= 3
    ), groups AS (
      INSERT INTO ${into(trainingGroups, ['id', 'employerId', 'name', 'language', 'createdAt'])}
      SELECT ${groupId}, employer_id, upper(left(language, 1)) || substr(language, 2) || ' – groupe ' || (group_no + 1),
        language, min(enrolled_at)
      FROM members GROUP BY employer_no, employer_id, language, group_no
    )
    INSERT INTO ${into(groupMembers, ['groupId', 'learnerId', 'joinedAt'])}
    SELECT ${groupId}, learner_id, enrolled_at FROM members`;
}

/**
 * Per contract: a level test and (mostly) a needs analysis before the start, sometimes a learning
 * profile, a progress evaluation half-way and one at the end, surveys of the participant and of the
 * employer (sponsor) after it; only what has already happened. One SELECT per kind, each its own filter.
 */
function assessmentsInsert(): string {
  const r = (salt: string) => chance('ck', salt);
  const score = (from: number, to: number, salt: string) => `round((${from} + ${to - from} * ${r(salt)})::numeric, 1)`;
  const midLevel = `least(target_no, level_no + CASE WHEN ${r('mid-level')} < 0.6 THEN 1 ELSE 0 END)`;
  const endLevel = `CASE WHEN ${r('end-level')} < 0.7 THEN target_no ELSE greatest(level_no, target_no - 1) END`;
  const kinds: [AssessmentKind, string, string, string, string, string][] = [
    // kind, CEFR level, score, day, notes, whether there is one
    ['level_test', cefr('level_no'), score(20, 95, 'test-score'), `start_date - 3 - ${below(15, r('test-day'))}`,
      pick(levelTestNotes, r('test-notes')), 'true'],
    ['needs_analysis', 'NULL', 'NULL', `start_date - 2 - ${below(8, r('needs-day'))}`, pick(needsNotes, r('needs-notes')),
      `${r('needs')} < 0.9`],
    ['learning_profile', 'NULL', 'NULL', 'start_date + 7', pick(profileNotes, r('profile-notes')), `${r('profile')} < 0.35`],
    ['progress_evaluation', cefr(midLevel), score(50, 95, 'mid-score'), 'start_date + 7 * (weeks / 2)', 'NULL',
      "status <> 'cancelled'"],
    ['progress_evaluation', cefr(endLevel), score(55, 98, 'end-score'), 'end_date', 'NULL', "status = 'completed'"],
    ['participant_survey', 'NULL', score(6, 10, 'survey'), `end_date + 3 + ${below(7, r('survey-day'))}`, 'NULL',
      `status = 'completed' AND ${r('survey-wanted')} < 0.7`],
    ['sponsor_survey', 'NULL', score(6, 10, 'sponsor'), `end_date + 5 + ${below(10, r('sponsor-day'))}`, 'NULL',
      `status = 'completed' AND funding = 'employer' AND ${r('sponsor-survey')} < 0.5`],
  ];
  const selects = kinds.map(([kind, level, points, day, notes, wanted], i) => `
    SELECT ${uuidOf(`'assessment:' || ck || ':' || ${i + 1}`)}, learner_id, contract_id, '${kind}', ${level}, ${points},
      ${day}, ${notes}
    FROM ${contractPlanTable} WHERE ${wanted} AND ${day} <= current_date`);
  return `INSERT INTO ${into(assessments, ['id', 'learnerId', 'contractId', 'kind', 'cefrLevel', 'score', 'assessedOn', 'notes'])}
    ${selects.join('\n    UNION ALL')}`;
}

export async function seedContracts(tx: Transaction): Promise<void> {
  await tx.execute(sql.raw(contractsInsert()));
}

export async function seedGroups(tx: Transaction): Promise<void> {
  await tx.execute(sql.raw(groupsInsert()));
}

export async function seedAssessments(tx: Transaction): Promise<void> {
  await tx.execute(sql.raw(assessmentsInsert()));
}
