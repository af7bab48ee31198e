import { Card, CardContent, CardHeader, Link, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { LinkBase, useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { ProcessorChecks } from '../processors/ProcessorChecks.tsx';

/** The processors the register keepers must put in order: the same checks as on each processor's page. */
export function ProcessorAlerts() {
  const { canAccess } = useCanAccess({ resource: 'processors', action: 'edit' });
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const alerts = useQuery({
    queryKey: ['processors', 'alerts'],
    queryFn: ({ signal }) => dataProvider.readAction('processors', 'alerts', undefined, signal),
    enabled: canAccess === true,
  });
  if (!canAccess || !alerts.data || alerts.data.data.length === 0) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader title={translate('vigie.processors.dashboard_title')} />
      <CardContent>
        <Stack spacing={2}>
          {alerts.data.data.map((processor) => (
            <Stack key={processor.id} spacing={1}>
              <Typography variant="subtitle1">
                <Link component={LinkBase} to={`/processors/${processor.id}/show`}>
                  {processor.name}
                </Link>
              </Typography>
              <ProcessorChecks checks={processor.checks} quietText={false} />
            </Stack>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
