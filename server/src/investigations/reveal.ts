import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { inArray } from 'drizzle-orm';
import { type Disclosed, fieldsOf } from '../audit/revealed.ts';
import { instant } from '../resources/records.ts';
import { othersFrom } from './resource.ts';
import type { revealedLearner } from './schemas.ts';
import { opaqueLabel, windowStart } from './window.ts';
import type { z } from 'zod';

const { learners, platformAccessLogs: logs } = schema;

/**
 * Who the other learners seen from the learner's addresses are: the investigator has said why
 * (`reason`), and this read is audited on its own, naming each learner revealed, the reason with it.
 */
export async function revealOthers(
  db: Database,
  now: Date,
  input: { learnerId: string; reason: string },
  caseRef: string,
): Promise<Disclosed<{ data: z.input<typeof revealedLearner>[] }>> {
  const others = await othersFrom(db, input.learnerId, windowStart(now));
  const ids = others.map((o) => o.learnerId);
  const names = ids.length
    ? await db
        .select({ id: learners.id, lastName: learners.lastName, firstName: learners.firstName, email: learners.email })
        .from(learners)
        .where(inArray(learners.id, ids))
    : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  const data = others.flatMap((other, i) => {
    const who = byId.get(other.learnerId);
    if (!who) return [];
    const { id: _, ...name } = who;
    return [{ label: opaqueLabel(i), learnerId: other.learnerId, ...name, sharedIps: other.ips, firstSeen: instant(other.firstSeen), lastSeen: instant(other.lastSeen) }];
  });
  return {
    data: { data },
    audit: {
      fields: fieldsOf(learners, [learners.lastName, learners.firstName, learners.email, logs.ip, logs.occurredAt]),
      subjectIds: data.map((d) => `learner:${d.learnerId}`),
      entityIds: data.map((d) => d.learnerId),
      purposeRef: caseRef,
      details: { investigated: `learner:${input.learnerId}`, reason: input.reason, revealed: data.length },
    },
  };
}
