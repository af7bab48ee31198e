import { Stack, Typography } from '@mui/material';
import { NumberField, RecordField, ReferenceField, Show, useTranslate } from 'react-admin';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { GroupMembers } from './GroupMembers.tsx';

/** A closed group and its members, limited to what members may see of one another. */
export default function GroupShow() {
  const onError = useReadErrorHandler();
  const translate = useTranslate();
  return (
    <Show queryOptions={{ onError }}>
      <Stack spacing={3} sx={{ p: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
          <RecordField source="name" />
          <RecordField source="employerId">
            <ReferenceField source="employerId" reference="employers" link="show" />
          </RecordField>
          <RecordField source="language" />
          <RecordField source="memberCount" field={NumberField} />
        </Stack>
        <Typography variant="h6">{translate('vigie.groups.members')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('vigie.groups.members_help')}
        </Typography>
        <GroupMembers />
      </Stack>
    </Show>
  );
}
