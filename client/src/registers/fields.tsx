import { Chip, Stack, Typography } from '@mui/material';
import { type FieldProps, useFieldValue, useTranslate } from 'react-admin';

type ListFieldProps = FieldProps & { source: string; prefix: string };

/** An array of closed-list values (categories, recipients...) as translated chips. */
export function CodesField(props: ListFieldProps) {
  const translate = useTranslate();
  const values = (useFieldValue(props) as string[] | undefined) ?? [];
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {values.map((value) => (
        <Chip key={value} size="small" label={translate(`vigie.${props.prefix}.${value}`)} />
      ))}
    </Stack>
  );
}

/** One closed-list value, translated. */
export function CodeField(props: ListFieldProps) {
  const translate = useTranslate();
  const value = useFieldValue(props) as string | null | undefined;
  return (
    <Typography component="span" variant="body2">
      {value ? translate(`vigie.${props.prefix}.${value}`) : ''}
    </Typography>
  );
}
