import { Button as MuiButton, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { ReferenceField, useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { isOpen, type SubjectRequest } from './Request.ts';

/**
 * The learner the request concerns: a link once matched; until the identity check fixes it, the
 * learners whose email or name match the requester's, each one click from being matched.
 */
export function LearnerMatch() {
  const record = useRecordContext<SubjectRequest>();
  const translate = useTranslate();
  const { canAccess: canWork } = useCanAccess({ resource: 'requests', action: 'edit' });
  if (!record) return null;
  const matching = canWork && isOpen(record) && !record.identityCheckedAt;
  return (
    <Stack spacing={1}>
      {record.learnerId ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <ReferenceField source="learnerId" reference="learners" link="show" />
          {record.learnerRestricted ? <Chip size="small" color="error" label={translate('vigie.requests.restricted')} /> : null}
        </Stack>
      ) : (
        <Typography variant="body2">{translate('vigie.requests.no_learner')}</Typography>
      )}
      {matching ? <Suggestions request={record} /> : null}
    </Stack>
  );
}

function Suggestions({ request }: { request: SubjectRequest }) {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate<SubjectRequest>();
  const { data: suggestions = [] } = useQuery({
    queryKey: ['requests', 'suggestLearners', request.id],
    queryFn: async ({ signal }) => (await dataProvider.readAction('requests', 'suggestLearners', { id: request.id }, signal)).data,
  });
  const match = (learnerId: string) =>
    update(
      'requests',
      { id: request.id, data: { learnerId }, previousData: request },
      { mutationMode: 'pessimistic', onSuccess: () => notify('vigie.requests.matched', { type: 'success' }) },
    );
  const others = suggestions.filter((s) => s.id !== request.learnerId);
  // Once a learner is attached, no other candidate is nothing to say, not "nobody matches".
  if (others.length === 0 && request.learnerId) return null;
  if (others.length === 0) return <Typography variant="body2">{translate('vigie.requests.no_suggestion')}</Typography>;
  return (
    <Stack spacing={0.5} aria-label={translate('vigie.requests.suggestions')}>
      <Typography variant="subtitle2">{translate('vigie.requests.suggestions')}</Typography>
      {others.map((s) => (
        <Stack key={s.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2">{`${s.lastName} ${s.firstName} · ${s.email}`}</Typography>
          {s.matchedOn.map((on) => (
            <Chip key={on} size="small" variant="outlined" label={translate(`vigie.requests.matched_on.${on}`)} />
          ))}
          <MuiButton size="small" disabled={isPending} onClick={() => match(s.id)}>
            {translate('vigie.requests.match')}
          </MuiButton>
        </Stack>
      ))}
    </Stack>
  );
}
