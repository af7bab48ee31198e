import { Tooltip, Typography } from '@mui/material';
import { isWithheld, type Withheld } from '@vigie/domain/withheld';
import { useTranslate } from 'react-admin';

/** A value as the screen may use it: `undefined` where the access purpose withheld it. */
export const shown = <T,>(value: T | Withheld): T | undefined => (isWithheld(value) ? undefined : value);

/** What stands for a withheld value: said, not left blank (blank would read as "no phone"). */
export function WithheldText() {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('vigie.withheld.hint')}>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
        {translate('vigie.withheld.label')}
      </Typography>
    </Tooltip>
  );
}
