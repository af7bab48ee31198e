import {
  DateInput,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { LearnerSearchInput } from './LearnerSearchInput.tsx';
import { usePurposes } from '../purpose/usePurposes.ts';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { actionChoices, outcomeChoices, roleChoices } from './AuditEvent.ts';
import { AuditTable } from './AuditTable.tsx';
import { useStaffMembers } from './useStaffMembers.ts';


/**
 * The "Journal d'accès": every audit row, newest first, filtered. No total: the server answers
 * with "is there a next page" (react-admin's partial pagination), since counting the log is slow.
 */
export default function AuditList() {
  const onError = useReadErrorHandler();
  const staff = useStaffMembers();
  const { options: purposes } = usePurposes('all');
  const filters = [
    // Picking a learner searches `learners` by name: that search is itself an audited read.
    <LearnerSearchInput key="learnerId" alwaysOn />,
    <SelectInput key="actorStaffId" source="actorStaffId" choices={staff} optionText="displayName" alwaysOn />,
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="until" source="until" alwaysOn />,
    <SelectInput key="actorRole" source="actorRole" choices={roleChoices} />,
    <SelectInput key="action" source="action" choices={actionChoices} />,
    <TextInput key="entity" source="entity" />,
    <SelectInput key="purposeCode" source="purposeCode" choices={purposes} optionValue="code" optionText="label" />,
    <TextInput key="purposeRef" source="purposeRef" />,
    <SelectInput key="outcome" source="outcome" choices={outcomeChoices} />,
  ];
  return (
    <List
      filters={filters}
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={50}
      actions={<TopToolbar />}
      queryOptions={{ onError }}
    >
      <AuditTable />
    </List>
  );
}
