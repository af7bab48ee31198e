import { Tooltip, Typography } from '@mui/material';
import { isWithheld, type Withheld } from '@vigie/domain/withheld';
import type { ComponentType } from 'react';
import { BooleanField, type FieldProps, SelectField, TextField, useFieldValue, useTranslate } from 'react-admin';

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

/** A react-admin field that says "withheld" where the purpose withheld its value, and is `Field` otherwise. */
export function withholdable<P extends FieldProps>(Field: ComponentType<P>) {
  function Withholdable(props: P) {
    const value = useFieldValue(props);
    return isWithheld(value) ? <WithheldText /> : <Field {...props} />;
  }
  Withholdable.displayName = `Withholdable(${Field.displayName ?? Field.name})`;
  return Withholdable;
}

/** react-admin's own fields, for records whose values a purpose may withhold (a contract, an assessment). */
export const WithholdableText = withholdable(TextField);
export const WithholdableSelect = withholdable(SelectField);
export const WithholdableBoolean = withholdable(BooleanField);
