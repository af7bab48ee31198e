import { Divider, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A titled part of a register entry's page (the contract, the contact person, retention...). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <Divider />
      <Typography variant="h6">{translate(title)}</Typography>
      {children}
    </Stack>
  );
}
