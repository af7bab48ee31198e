import { Card, CardContent, CardHeader, Grid, Typography } from '@mui/material';
import { skipToken, useQuery } from '@tanstack/react-query';
import { type RaRecord, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { isWithheld } from '@vigie/domain/withheld';
import type { VigieDataProvider } from '../dataProvider.ts';
import { shown, WithheldText } from '../format/withheld.tsx';
import { LearnerPhoto } from '../learners/LearnerPhoto.tsx';

/**
 * The group as its members see each other (domain.md, rule 2): photo, home locality, country and
 * presentation, with the first name to tell them apart. `groups.members` sends nothing else.
 */
export function GroupMembers() {
  const group = useRecordContext<RaRecord<string>>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const members = useQuery({
    queryKey: ['groups', 'members', group?.id],
    queryFn: group ? ({ signal }) => dataProvider.readAction('groups', 'members', { id: group.id }, signal) : skipToken,
  });
  if (members.isError) return <Typography color="error">{members.error.message}</Typography>;
  if (!members.data) return null;
  if (members.data.data.length === 0) return <Typography>{translate('vigie.groups.no_members')}</Typography>;

  return (
    <Grid container spacing={2}>
      {members.data.data.map((member) => (
        <Grid key={member.id} size={{ xs: 12, sm: 6, md: 4, lg: 3 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader
              avatar={<LearnerPhoto size={56} learner={{ id: member.learnerId, hasPhoto: member.hasPhoto, firstName: shown(member.firstName) ?? '' }} />}
              title={isWithheld(member.firstName) ? <WithheldText /> : member.firstName}
              subheader={[shown(member.locality), shown(member.country)].filter(Boolean).join(', ')}
            />
            {member.presentation ? (
              <CardContent sx={{ pt: 0 }}>
                {isWithheld(member.presentation) ? (
                  <WithheldText />
                ) : (
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                    {member.presentation}
                  </Typography>
                )}
              </CardContent>
            ) : null}
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
