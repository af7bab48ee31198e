import { Typography } from '@mui/material';
import type { Investigation } from './Investigation.ts';
import { SeenTable, useInvestigationWords } from './SeenTable.tsx';

const SIGN_INS_SHOWN = 100;

/** The addresses, devices and sign-ins of the window, as the server counted them. */
export function InvestigationTables({ file }: { file: Investigation }) {
  const { t, when } = useInvestigationWords();
  const seen = [
    { label: t('count'), value: (row: { count: number }) => row.count },
    { label: t('first_seen'), value: (row: { firstSeen: string }) => when(row.firstSeen) },
    { label: t('last_seen'), value: (row: { lastSeen: string }) => when(row.lastSeen) },
  ];
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {t('window', { date: when(file.since) })}
      </Typography>
      <SeenTable title={t('ips')} rows={file.ips} rowKey={(row) => row.ip} columns={[{ label: t('ip'), value: (row) => row.ip }, ...seen]} />
      <SeenTable
        title={t('devices')}
        rows={file.devices}
        rowKey={(row) => `${row.browser}|${row.os}`}
        columns={[{ label: t('browser'), value: (row) => row.browser }, { label: t('os'), value: (row) => row.os }, ...seen]}
      />
      <SeenTable
        title={t('sign_ins')}
        rows={file.signIns.slice(0, SIGN_INS_SHOWN)}
        rowKey={(row) => String(row.id)}
        columns={[
          { label: t('at'), value: (row) => when(row.occurredAt) },
          { label: t('ip'), value: (row) => row.ip },
          { label: t('browser'), value: (row) => row.browser },
          { label: t('os'), value: (row) => row.os },
        ]}
      />
    </>
  );
}
