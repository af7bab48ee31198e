import type { Database } from '@vigie/db';
import { schema, selectRows } from '@vigie/db';
import { staffRoles } from '@vigie/domain/roles';
import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { badField } from '../errors.ts';
import { auditSelection } from './revealed.ts';
import { LOCAL_TIME_ZONE } from './period.ts';

export const activityInput = z.object({
  staffId: z.uuid(),
  from: z.iso.date(),
  until: z.iso.date(),
});

export const activityDay = z.object({
  day: z.iso.date(),
  reads: z.number().int(),
  changes: z.number().int(),
  denied: z.number().int(),
  total: z.number().int(),
});
export const activityOutput = z.object({ data: z.array(activityDay) });

const MAX_DAYS = 366;
const reads = ['read', 'list', 'search', 'export', 'audit_read'];
const changes = ['create', 'update', 'delete', 'review'];

/** What one staff member did, day by day (days in Paris), over a period of at most a year. */
export async function activityPerDay(db: Database, input: z.infer<typeof activityInput>) {
  const days = (Date.parse(input.until) - Date.parse(input.from)) / 86_400_000;
  if (days < 0) throw badField('until', 'La fin de la période précède son début.');
  if (days >= MAX_DAYS) throw badField('until', `Période limitée à ${MAX_DAYS} jours.`);
  const day = sql`(occurred_at AT TIME ZONE ${LOCAL_TIME_ZONE})::date`;
  const rows = await selectRows<z.infer<typeof activityDay>>(
    db,
    sql`SELECT to_char(${day}, 'YYYY-MM-DD') AS day,
               (count(*) FILTER (WHERE action IN ${reads}))::int AS reads,
               (count(*) FILTER (WHERE action IN ${changes}))::int AS changes,
               (count(*) FILTER (WHERE outcome = 'denied'))::int AS denied,
               count(*)::int AS total
        FROM audit_events
        WHERE actor_staff_id = ${input.staffId}
          AND occurred_at >= (${input.from}::date)::timestamp AT TIME ZONE ${LOCAL_TIME_ZONE}
          AND occurred_at < (${input.until}::date + 1)::timestamp AT TIME ZONE ${LOCAL_TIME_ZONE}
        GROUP BY 1 ORDER BY 1`,
  );
  // Counts of what one person did: the audit names that person, no field of anyone.
  return { data: { data: rows }, audit: { fields: [], subjectIds: [`staff:${input.staffId}`] } };
}

export const staffMember = z.object({ id: z.uuid(), displayName: z.string(), role: z.enum(staffRoles) });

const { staffUsers: s } = schema;
const memberFields = { id: s.id, displayName: s.displayName, role: s.role };
const memberRead = auditSelection(s, memberFields);

export async function staffMembers(db: Database) {
  const rows = await db.select(memberFields).from(s).orderBy(asc(s.displayName), asc(s.id));
  return { data: { data: rows }, audit: memberRead.reveal(rows) };
}
