import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { and, desc, eq, sql } from 'drizzle-orm';
import { controller } from '../../activities/controller.ts';
import { type Disclosed, fieldsOf, subjectsIn } from '../../audit/revealed.ts';
import { instant } from '../../resources/records.ts';
import type { RequestRecord } from '../schemas.ts';
import { erasureLetterHtml } from './letter.ts';
import { type ErasureAnswerRecord, erasureOutcome } from './schemas.ts';

const { subjectRequestEvents: events, subjectRequests: requests } = schema;

/**
 * The written answer of the request's last executed erasure, from the facts its `executed` step
 * recorded: the timeline is append-only, so the answer reads the same whenever it is read again.
 */
export async function erasureAnswer(db: Database, request: RequestRecord): Promise<Disclosed<{ data: ErasureAnswerRecord }>> {
  const [event] = await db
    .select({ occurredAt: events.occurredAt, details: events.details })
    .from(events)
    .where(and(eq(events.requestId, request.id), eq(events.kind, 'executed'), sql`${events.details}->>'right' = 'erasure'`))
    .orderBy(desc(events.id))
    .limit(1);
  if (!event) throw new TRPCError({ code: 'NOT_FOUND', message: 'Aucun effacement exécuté pour cette demande.' });
  const outcome = erasureOutcome.parse(event.details?.outcome);
  const executedAt = instant(event.occurredAt);
  const html = erasureLetterHtml({
    controller,
    executedAt,
    requesterName: request.requesterName,
    receivedAt: request.receivedAt,
    outcome,
  });
  return {
    data: { data: { id: request.id, learnerId: outcome.learnerId, executedAt, outcome, html } },
    // The letter names the requester; the rest is counts and grounds.
    audit: { fields: fieldsOf(requests, [requests.requesterName]), subjectIds: subjectsIn('learner', outcome.learnerId) },
  };
}
