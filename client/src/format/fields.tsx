import { Link, Typography } from '@mui/material';
import { type FieldProps, useFieldValue, useLocaleState, useTranslate } from 'react-admin';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPhone,
  formatPrice,
  formatSiret,
} from './frenchFormats.ts';
import { withholdable } from './withheld.tsx';

/**
 * react-admin fields over `frenchFormats`, so every screen writes phones, prices and dates alike; each
 * says so where the access purpose withheld its value.
 */
type FormattedFieldProps = FieldProps & { source: string };

/** `emptyText` is what RecordField's `empty` becomes: shown when there is nothing to format. */
function Text({ children, emptyText }: { children: string; emptyText?: string | undefined }) {
  const translate = useTranslate();
  const text = children || (emptyText ? translate(emptyText, { _: emptyText }) : '');
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
}

/** `asLink` makes it a tel: link (a softphone calls in one click); lists keep plain text, as a row click opens the record. */
export const PhoneField = withholdable(function PhoneField(props: FormattedFieldProps & { asLink?: boolean }) {
  const value = useFieldValue(props) as string | null | undefined;
  if (!value) return <Text emptyText={props.emptyText}>{''}</Text>;
  if (!props.asLink) return <Text>{formatPhone(value)}</Text>;
  return (
    <Link variant="body2" href={`tel:${value.replace(/[^\d+]/g, '')}`} sx={{ whiteSpace: 'nowrap' }}>
      {formatPhone(value)}
    </Link>
  );
});

export const SiretField = withholdable(function SiretField(props: FormattedFieldProps) {
  return <Text emptyText={props.emptyText}>{formatSiret(useFieldValue(props) as string | null)}</Text>;
});

export const PriceField = withholdable(function PriceField(props: FormattedFieldProps) {
  const [locale] = useLocaleState();
  return <Text emptyText={props.emptyText}>{formatPrice(useFieldValue(props) as number | null, locale)}</Text>;
});

export const NumberText = withholdable(function NumberText(props: FormattedFieldProps & { options?: Intl.NumberFormatOptions }) {
  const [locale] = useLocaleState();
  return <Text emptyText={props.emptyText}>{formatNumber(useFieldValue(props) as number | null, locale, props.options)}</Text>;
});

/** A calendar day (`YYYY-MM-DD` or an instant): `05/03/2025`. */
export const DayField = withholdable(function DayField(props: FormattedFieldProps) {
  const [locale] = useLocaleState();
  return <Text emptyText={props.emptyText}>{formatDate(useFieldValue(props) as string | null, locale)}</Text>;
});

/** An instant: `05/03/2025 14:30`, in the browser's time zone. */
export const DateTimeField = withholdable(function DateTimeField(props: FormattedFieldProps) {
  const [locale] = useLocaleState();
  return <Text emptyText={props.emptyText}>{formatDateTime(useFieldValue(props) as string | null, locale)}</Text>;
});

export const DurationField = withholdable(function DurationField(props: FormattedFieldProps) {
  return <Text emptyText={props.emptyText}>{formatDuration(useFieldValue(props) as number | null)}</Text>;
});
