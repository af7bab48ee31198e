import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, desc, eq, gte, like } from 'drizzle-orm';
import { type Disclosed, fieldsOf } from '../audit/revealed.ts';
import { instant } from '../resources/records.ts';
import { signInFields } from '../access-logs/resource.ts';
import type { ipSearchRecord } from './schemas.ts';
import { windowStart } from './window.ts';
import type { z } from 'zod';

const { learners, platformAccessLogs: logs } = schema;
const MAX_RESULTS = 200;

/**
 * Sign-ins across learners from an address or a network (its start), within the window, newest
 * first. The audit records that an IP filter was used and whom it found, never the address typed.
 */
export async function searchSignIns(db: Database, now: Date, ip: string, caseRef: string): Promise<Disclosed<{ data: z.input<typeof ipSearchRecord>[] }>> {
  const selection = { ...signInFields, lastName: learners.lastName, firstName: learners.firstName };
  // The input allows only hex digits, dots and colons: nothing LIKE would read as a wildcard.
  const rows = await db
    .select(selection)
    .from(logs)
    .innerJoin(learners, eq(learners.id, logs.learnerId))
    .where(and(like(logs.ip, `${ip}%`), gte(logs.occurredAt, windowStart(now))))
    .orderBy(desc(logs.occurredAt), desc(logs.id))
    .limit(MAX_RESULTS);
  return {
    data: { data: rows.map((row) => ({ ...row, occurredAt: instant(row.occurredAt) })) },
    audit: {
      fields: fieldsOf(logs, [logs.occurredAt, logs.ip, logs.browser, logs.os, logs.screen, logs.referrer, learners.lastName, learners.firstName]),
      subjectIds: [...new Set(rows.map((row) => `learner:${row.learnerId}`))],
      entityIds: rows.map((row) => String(row.id)),
      purposeRef: caseRef,
      details: { filters: ['ip'], matches: rows.length },
    },
  };
}
