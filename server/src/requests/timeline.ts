import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { asc, eq, sql } from 'drizzle-orm';
import { auditSelection, type Disclosed } from '../audit/revealed.ts';
import { instant } from '../resources/records.ts';
import type { RequestEventRecord } from './schemas.ts';

const { subjectRequestEvents: events, staffUsers } = schema;

export type NewRequestEvent = Omit<typeof events.$inferInsert, 'id' | 'occurredAt'>;

/** Adds one step to the request's timeline (the table takes inserts only). */
export async function appendEvent(db: Database, event: NewRequestEvent) {
  await db.insert(events).values(event);
}

const fields = {
  id: events.id,
  requestId: events.requestId,
  learnerId: events.learnerId,
  occurredAt: events.occurredAt,
  staffId: events.staffId,
  staffName: sql<string>`(select ${staffUsers.displayName} from ${staffUsers} where ${staffUsers.id} = ${events.staffId})`,
  kind: events.kind,
  statusFrom: events.statusFrom,
  statusTo: events.statusTo,
  note: events.note,
  details: events.details,
};
const timelineRead = auditSelection(events, fields);

/** The whole timeline, oldest first, with the name of the staff member behind each step. */
export async function timelineOf(db: Database, requestId: string): Promise<Disclosed<{ data: RequestEventRecord[] }>> {
  const rows = await db.select(fields).from(events).where(eq(events.requestId, requestId)).orderBy(asc(events.id));
  return { data: { data: rows.map((row) => ({ ...row, occurredAt: instant(row.occurredAt) })) }, audit: timelineRead.reveal(rows) };
}
