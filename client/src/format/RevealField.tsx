import { Button, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { MaskedField } from '@vigie/domain/masking';
import { isWithheld } from '@vigie/domain/withheld';
import { type ReactNode, useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import { WithheldText } from './withheld.tsx';

/**
 * A masked contact field with "Afficher": one click shows this field of this record in full, through
 * its own audited read (`<resource>.reveal`), so the log names who revealed which number and why.
 */
export function RevealField(props: {
  resource: 'learners' | 'employerContacts' | 'prospects';
  field: MaskedField;
  render: (value: string) => ReactNode;
}) {
  const record = useRecordContext<{ id: string } & Partial<Record<MaskedField, unknown>>>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const [value, setValue] = useState<string | null>(null);
  const reveal = useMutation({
    mutationFn: (id: string) => dataProvider.readAction(props.resource, 'reveal', { id, field: props.field }),
    onSuccess: (answer) => (isWithheld(answer.data.value) ? notify('vigie.withheld.hint', { type: 'warning' }) : setValue(answer.data.value)),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  const masked = record?.[props.field];
  if (!record || masked === null || masked === undefined || masked === '') return <>—</>;
  if (isWithheld(masked)) return <WithheldText />;
  if (value !== null) return <>{props.render(value)}</>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span title={translate('vigie.reveal.hidden')} style={{ whiteSpace: 'nowrap' }}>{String(masked)}</span>
      <Button size="small" disabled={reveal.isPending} onClick={() => reveal.mutate(record.id)}>
        {translate('vigie.reveal.show')}
      </Button>
    </Stack>
  );
}
