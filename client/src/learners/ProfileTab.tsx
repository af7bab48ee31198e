import { Stack } from '@mui/material';
import {
  ChipField,
  RecordField,
  ReferenceField,
  ReferenceManyField,
  SingleFieldList,
  useCanAccess,
} from 'react-admin';
import { WithholdableText } from '../format/withheld.tsx';
import { LearnerPhoto } from './LearnerPhoto.tsx';

/** Profile and employment: what the learner wrote about themself, where they live and work, their groups. */
export function ProfileTab(_props: { label: false }) {
  const { canAccess: canSeeGroups } = useCanAccess({ resource: 'groups', action: 'list' });
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
      <LearnerPhoto />
      <Stack spacing={1.5} sx={{ maxWidth: 720, flex: 1, '& .RaRecordField-label': { width: 160, flexShrink: 0 } }}>
        <RecordField source="locality" variant="inline" field={WithholdableText} empty="—" />
        <RecordField source="country" variant="inline" field={WithholdableText} />
        <RecordField source="presentation" variant="inline">
          <WithholdableText source="presentation" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        </RecordField>
        <RecordField source="employerId" variant="inline">
          <ReferenceField source="employerId" reference="employers" link="show" emptyText="—" />
        </RecordField>
        <RecordField source="profitCentre" variant="inline" field={WithholdableText} empty="—" />
        <RecordField source="jobTitle" variant="inline" field={WithholdableText} empty="—" />
        {canSeeGroups ? (
          <RecordField label="vigie.learners.groups" variant="inline">
            <ReferenceManyField reference="groups" target="learnerId" perPage={20} empty="—">
              <SingleFieldList linkType="show">
                <ChipField source="name" size="small" />
              </SingleFieldList>
            </ReferenceManyField>
          </RecordField>
        ) : null}
      </Stack>
    </Stack>
  );
}
