import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatDate, formatDuration, formatNumber } from '../format/frenchFormats.ts';
import type { Learner } from './Learner.ts';

/**
 * Jalons: per contract, the date at which the present hours reached 25, 50, 75 and 100 % of the hours
 * bought — the attendance evidence funders ask for. Derived by the server from the sessions below.
 */
export function AttendanceMilestones() {
  const learner = useRecordContext<Learner>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const query = useQuery({
    queryKey: ['attendance', 'milestones', learner?.id],
    queryFn: learner
      ? ({ signal }) => dataProvider.readAction('attendance', 'milestones', { learnerId: learner.id }, signal)
      : skipToken,
  });
  if (query.isError) return <Typography color="error">{query.error.message}</Typography>;
  if (!query.data || query.data.data.length === 0) return null;

  return (
    <Table size="small" aria-label={translate('vigie.learners.milestones')} sx={{ mb: 3 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('vigie.learners.milestones_contract')}</TableCell>
          <TableCell>{translate('vigie.learners.milestones_done')}</TableCell>
          <TableCell>{translate('vigie.learners.milestones')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {query.data.data.map((contract) => (
          <TableRow key={contract.id}>
            <TableCell>{contract.course}</TableCell>
            <TableCell>
              {translate('vigie.learners.milestones_hours', {
                done: formatDuration(contract.attendedMinutes),
                hours: formatNumber(contract.hours, locale),
              })}
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {contract.milestones.map(({ percent, reachedAt }) => (
                  <Chip
                    key={percent}
                    size="small"
                    color={reachedAt ? 'success' : 'default'}
                    variant={reachedAt ? 'filled' : 'outlined'}
                    label={
                      reachedAt
                        ? translate('vigie.learners.milestone_reached', { percent, date: formatDate(reachedAt, locale) })
                        : translate('vigie.learners.milestone_pending', { percent })
                    }
                  />
                ))}
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
