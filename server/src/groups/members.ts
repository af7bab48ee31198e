import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, asc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { revealable } from '../audit/withholding.ts';
import { auditSelection } from '../audit/revealed.ts';
import { hasPhoto } from '../learners/resource.ts';
import { groupReader } from './resource.ts';

const { groupMembers: members, learners } = schema;

/**
 * A member as the other members see them (domain rule 2): photo, home locality, country and
 * presentation, and a first name to tell them apart. Nothing else leaves, whoever asks.
 */
export const groupMemberRecord = z.object({
  id: z.uuid(),
  learnerId: z.uuid(),
  firstName: revealable(z.string()),
  locality: revealable(z.string().nullable()),
  country: revealable(z.string()),
  presentation: revealable(z.string().nullable()),
  hasPhoto: z.boolean(),
});

const memberFields = {
  id: learners.id,
  learnerId: learners.id,
  firstName: learners.firstName,
  locality: learners.locality,
  country: learners.country,
  presentation: learners.presentation,
  hasPhoto,
};
const memberRead = auditSelection(learners, memberFields);

export async function groupMembersOf(db: Database, groupId: string) {
  await groupReader.one(db, groupId);
  const rows = await db
    .select(memberFields)
    .from(members)
    .innerJoin(learners, eq(learners.id, members.learnerId))
    // An erased learner has left every group, whatever the membership table still says.
    .where(and(eq(members.groupId, groupId), ne(learners.status, 'erased')))
    .orderBy(asc(learners.firstName), asc(learners.id));
  return { data: { data: rows }, audit: memberRead.reveal(rows) };
}
