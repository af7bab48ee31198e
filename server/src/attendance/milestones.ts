import { type Database, schema, selectRows } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { columnsIn, type Disclosed, fieldsOf, subjectsIn } from '../audit/revealed.ts';
import { instantOrNull } from '../resources/records.ts';

const { attendance, trainingContracts } = schema;

/**
 * Jalons: the shares of a contract's hours that funders ask attendance evidence for. Each is reached
 * at the first attended session whose running total of present minutes covers that share.
 */
export const MILESTONE_PERCENTS = [25, 50, 75, 100] as const;

export const contractMilestones = z.object({
  /** The contract's id: one row per contract of the learner. */
  id: z.uuid(),
  learnerId: z.uuid(),
  course: z.string(),
  hours: z.number(),
  attendedMinutes: z.number().int(),
  milestones: z.array(z.object({ percent: z.number().int(), reachedAt: z.string().nullable() })),
});
export type ContractMilestones = z.infer<typeof contractMilestones>;

/** Derived records carry none of the sessions' columns: the audit names every column the query reads. */
export async function milestonesOf(db: Database, learnerId: string): Promise<Disclosed<{ data: ContractMilestones[] }>> {
  // One column per jalon, in epoch milliseconds: plain numbers, no date or array parsing for the two
  // drivers to disagree on (postgres.js reads a NULL inside a float array as NaN).
  const reached = MILESTONE_PERCENTS.map(
    (percent) => sql`(extract(epoch FROM min(running.session_at)
      FILTER (WHERE running.done * 100 >= ${trainingContracts.hours} * 60 * ${percent})) * 1000)::float8
      AS ${sql.identifier(`reached_${percent}`)}`,
  );
  const query = sql`
    WITH running AS (
      SELECT ${attendance.contractId} AS contract_id, ${attendance.sessionAt} AS session_at,
             coalesce(sum(${attendance.durationMinutes}) FILTER (WHERE ${attendance.present})
               OVER (PARTITION BY ${attendance.contractId} ORDER BY ${attendance.sessionAt}, ${attendance.id}), 0) AS done
      FROM ${attendance}
      WHERE ${attendance.learnerId} = ${learnerId}
    )
    SELECT ${trainingContracts.id} AS id, ${trainingContracts.learnerId} AS learner_id, ${trainingContracts.course} AS course,
           ${trainingContracts.hours} AS hours, coalesce(max(running.done), 0)::int AS attended,
           ${sql.join(reached, sql`, `)}
    FROM ${trainingContracts}
    LEFT JOIN running ON running.contract_id = ${trainingContracts.id}
    WHERE ${trainingContracts.learnerId} = ${learnerId}
    GROUP BY ${trainingContracts.id}
    ORDER BY ${trainingContracts.startDate} DESC, ${trainingContracts.id}`;
  const rows = await selectRows<{
    id: string;
    learner_id: string;
    course: string;
    hours: string;
    attended: number;
  } & Record<`reached_${number}`, number | null>>(db, query);
  const data = rows.map((row) => ({
    id: row.id,
    learnerId: row.learner_id,
    course: row.course,
    hours: Number(row.hours),
    attendedMinutes: row.attended,
    milestones: MILESTONE_PERCENTS.map((percent) => {
      const reachedAt = row[`reached_${percent}`];
      return { percent, reachedAt: instantOrNull(reachedAt == null ? null : new Date(reachedAt)) };
    }),
  }));
  return { data: { data }, audit: { fields: fieldsOf(attendance, columnsIn(query)), subjectIds: subjectsIn('learner', learnerId) } };
}
