import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, asc, eq, ilike } from 'drizzle-orm';
import { recordAuditEvent, type RequestOrigin } from '../audit/events.ts';

const { learners, processors } = schema;

export const PLATFORM_PROCEDURE = 'platform.blockedLearners';

/**
 * The learner platform, as the processors register names it: the processor hosting the "plate-forme"
 * (the seeded register's "Hébergement de la plate-forme de formation"). None registered: the transfer
 * is still recorded, with no recipient id, so the DPO sees a transfer to an unregistered recipient.
 */
async function platformProcessor(db: Database) {
  const [row] = await db
    .select({ id: processors.id, name: processors.name })
    .from(processors)
    .where(and(eq(processors.status, 'active'), ilike(processors.service, '%plate%forme%')))
    .orderBy(asc(processors.name))
    .limit(1);
  return row ?? null;
}

/**
 * The ids of blocked learners, and nothing else: what the platform needs to refuse their sign-in.
 * The answer and its audit row (a transfer to the platform, naming each learner) share a transaction,
 * so no list leaves unrecorded.
 */
export function blockedLearnerIds(db: Database, origin: RequestOrigin): Promise<string[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.select({ id: learners.id }).from(learners).where(eq(learners.status, 'blocked')).orderBy(asc(learners.id));
    const ids = rows.map((row) => row.id);
    const recipient = await platformProcessor(tx);
    await recordAuditEvent(tx, origin, {
      action: 'transfer',
      outcome: 'success',
      procedure: PLATFORM_PROCEDURE,
      entity: 'learners',
      subjectIds: ids.map((id) => `learner:${id}`),
      fields: [],
      purposeCode: 'fraud_investigation',
      details: { recipient: recipient?.id ?? null, recipientName: recipient?.name ?? 'Plate-forme de formation (non enregistrée)', count: ids.length },
    });
    return ids;
  });
}
