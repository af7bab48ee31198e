import { Button, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { STATS_MIN_THRESHOLD } from '@vigie/domain/stats';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';

/** The DPO's setting of k (the server refuses anyone else, and anything under 3). */
export function ThresholdSetting({ current }: { current: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'statistics', action: 'edit' });
  const [value, setValue] = useState(String(current));
  const save = useMutation({
    mutationFn: () => dataProvider.callAction('stats', 'setThreshold', { threshold: Number(value) }),
    onSuccess: async () => {
      notify('vigie.stats.thresholdSaved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!canAccess) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <TextField size="small" type="number" label={translate('vigie.stats.threshold')} value={value}
        slotProps={{ htmlInput: { min: STATS_MIN_THRESHOLD, max: 50 } }} onChange={(e) => setValue(e.target.value)} />
      <Button variant="outlined" disabled={save.isPending} onClick={() => save.mutate()}>{translate('vigie.stats.thresholdSave')}</Button>
      <Typography variant="body2" color="text.secondary">{translate('vigie.stats.thresholdHelp')}</Typography>
    </Stack>
  );
}
