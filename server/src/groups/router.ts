import { rolesFor } from '@vigie/domain/access';
import { getOneInput, recordsOutput } from '../resource-params.ts';
import { auditedReads, readRoutes, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { groupMemberRecord, groupMembersOf } from './members.ts';
import { groupReader } from './resource.ts';
import { groupFilter, groupRecord, groupSort } from './schemas.ts';

export const groupsRouter = router({
  // Audited although a group names nobody: who asks for a learner's groups learns their memberships.
  ...readRoutes(
    {
      mode: auditedReads('groups', 'groups'),
      id: uuidId,
      record: groupRecord,
      sort: groupSort,
      filter: groupFilter,
      reader: groupReader,
    },
    ['employerId', 'learnerId'],
  ),

  /** The group view: what members see of each other; audited as learners' profile data. */
  members: personalDataProcedure(rolesFor('groups', 'show'), { entity: 'learners', action: 'list' }, recordsOutput(groupMemberRecord))
    .input(getOneInput)
    .query(({ ctx, input }) => groupMembersOf(ctx.db, input.id)),
});
