import { Box, MenuItem, TextField, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { purposeRefMaxLength } from '@vigie/domain/purpose-ref';
import { useForcedPurpose } from './useForcedPurpose.ts';
import { usePurposes } from './usePurposes.ts';
import { useSessionPurpose } from './useSessionPurpose.ts';

/**
 * The "Motif d'accès" in the app bar: every later read is audited under this purpose. Changing it
 * refetches nothing; it applies from the next request on. A screen that imposes its own purpose (the
 * DPO's console) shows that one, locked: what the bar says is what the next audit row says.
 */
export function PurposePicker() {
  const translate = useTranslate();
  const forced = useForcedPurpose();
  const { options, isError } = usePurposes(forced ? 'all' : 'offered');
  const [choice, setChoice] = useSessionPurpose();
  // The store keeps a header-safe copy; the field shows what is typed (spaces included) meanwhile.
  const [ref, setRef] = useState(choice?.ref ?? '');
  const code = forced ?? choice?.code ?? '';

  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mx: 2 }}>
      <Tooltip title={isError ? translate('vigie.purpose.load_error') : forced ? translate('vigie.purpose.forced') : ''}>
        <TextField
          select
          disabled={forced !== null}
          size="small"
          label={translate('vigie.purpose.label')}
          value={options.some((option) => option.code === code) ? code : ''}
          onChange={(event) => setChoice({ code: event.target.value, ref })}
          error={isError}
          sx={fieldStyle(220)}
        >
          {options.map((option) => (
            <MenuItem key={option.code} value={option.code}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      </Tooltip>
      <TextField
        size="small"
        label={translate('vigie.purpose.ref')}
        placeholder={translate('vigie.purpose.ref_placeholder')}
        value={ref}
        onChange={(event) => {
          setRef(event.target.value);
          setChoice({ code, ref: event.target.value });
        }}
        slotProps={{ htmlInput: { maxLength: purposeRefMaxLength } }}
        sx={fieldStyle(140)}
      />
    </Box>
  );
}

// The app bar is coloured: give the fields a paper background so they stay legible in both themes.
const fieldStyle = (width: number) => ({
  width,
  bgcolor: 'background.paper',
  borderRadius: 1,
  '& .MuiInputLabel-root.MuiInputLabel-shrink': { bgcolor: 'background.paper', px: 0.5, borderRadius: 1 },
});
