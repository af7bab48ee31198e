import { Box, Card, CardContent, MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { formatDate } from '../format/frenchFormats.ts';
import { useStaffMembers } from './useStaffMembers.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** What one staff member read and changed over a period, with counts per day, and a way into the journal. */
export default function ActivityPage() {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const staff = useStaffMembers();
  const [staffId, setStaffId] = useState('');
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [until, setUntil] = useState(isoDay(new Date()));
  const activity = useQuery({
    queryKey: ['audit', 'activity', staffId, from, until],
    queryFn: ({ signal }) =>
      dataProvider.readAction('audit', 'activity', { staffId, from, until }, signal),
    enabled: Boolean(staffId && from && until),
  });
  const journal = `/audit?filter=${encodeURIComponent(JSON.stringify({ actorStaffId: staffId, from, until }))}`;
  const days = activity.data?.data ?? [];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="vigie.activity.title" />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2}>
            <MuiTextField select label={translate('vigie.activity.staff')} value={staffId} onChange={(e) => setStaffId(e.target.value)} sx={{ minWidth: 280 }}>
              {staff.map((member) => (
                <MenuItem key={member.id} value={member.id}>
                  {member.displayName} ({translate(`vigie.roles.${member.role}`)})
                </MenuItem>
              ))}
            </MuiTextField>
            <MuiTextField type="date" label={translate('resources.audit.fields.from')} value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <MuiTextField type="date" label={translate('resources.audit.fields.until')} value={until} onChange={(e) => setUntil(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          </Stack>
          {activity.isError ? <Typography color="error">{activity.error.message}</Typography> : null}
          {staffId && activity.isSuccess ? (
            <Box sx={{ mt: 2 }}>
              <table>
                <thead>
                  <tr>
                    {['day', 'reads', 'changes', 'denied', 'total'].map((key) => (
                      <th key={key} style={{ textAlign: key === 'day' ? 'left' : 'right', padding: '4px 12px' }}>
                        {translate(`vigie.activity.${key}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {days.map((d) => (
                    <tr key={d.day}>
                      <td style={{ padding: '4px 12px' }}>{formatDate(d.day, locale)}</td>
                      {[d.reads, d.changes, d.denied, d.total].map((n, i) => (
                        <td key={i} style={{ textAlign: 'right', padding: '4px 12px' }}>{n}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              {days.length === 0 ? <Typography>{translate('vigie.activity.none')}</Typography> : null}
              <Link to={journal}>{translate('vigie.activity.open_journal')}</Link>
            </Box>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
}
