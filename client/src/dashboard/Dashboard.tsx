import { Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import { Title, useCanAccess, useGetIdentity, useTranslate } from 'react-admin';
import { BlocksDueCard } from '../learner-decisions/BlocksDueCard.tsx';
import { DpoOverview } from './DpoOverview.tsx';
import { OpenRequestsCard } from './OpenRequestsCard.tsx';
import { ProcessorAlerts } from './ProcessorAlerts.tsx';
import { StatisticsPage } from '../stats/StatisticsPage.tsx';

/** Every role's home page, including roles that have no resource screen yet. */
export function Dashboard() {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const { canAccess: seesRequests } = useCanAccess({ resource: 'requests', action: 'list' });
  if (isPending || !identity) return null;
  const role = String(identity['role']);

  return (
    <>
      <Card sx={{ mt: 2 }}>
        <Title title="ra.page.dashboard" />
        <CardHeader title={translate('vigie.dashboard.greeting', { name: identity.fullName })} />
        <CardContent>
          <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Chip color="primary" label={translate('vigie.dashboard.role', { role: translate(`vigie.roles.${role}`) })} />
            <Typography>{translate(`vigie.roleDescriptions.${role}`)}</Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('vigie.dashboard.purpose_hint')}
            </Typography>
          </Stack>
        </CardContent>
      </Card>
      {/* The managers' day is the statistics: their home page. */}
      {role === 'manager' ? <StatisticsPage embedded /> : null}
      {role === 'dpo' ? <DpoOverview /> : null}
      {seesRequests ? <OpenRequestsCard /> : null}
      <BlocksDueCard />
      <ProcessorAlerts />
    </>
  );
}
