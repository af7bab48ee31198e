/**
 * How Vigie shows phone numbers, prices, numbers and dates: the French conventions staff expect
 * (`06 12 34 56 78`, `1 234,50 €`, `05/03/2025`), following the chosen UI language for the rest.
 */

/** react-admin's locale codes ('fr', 'en') as Intl locales; British English keeps day/month/year. */
export function intlLocale(locale: string | undefined): string {
  return locale === 'en' ? 'en-GB' : 'fr-FR';
}

/**
 * French numbers the way French staff read them, in pairs and in national form (`06 12 34 56 78`),
 * whether stored as `+33 6 12 34 56 78` (the server's form), `0033...` or `06.12...`. Foreign numbers
 * are shown as stored (`+442079460958`): a wrong grouping would mislead more than none.
 */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const compact = phone.replace(/[\s.\-()/]/g, '');
  const subscriber = /^0([1-9]\d{8})$/.exec(compact)?.[1] ?? /^(?:\+|00)330?([1-9]\d{8})$/.exec(compact)?.[1];
  if (subscriber) return pairs(`0${subscriber}`);
  return phone.trim();
}

function pairs(digits: string): string {
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** A SIRET as printed on French documents: `123 456 789 00012` (SIREN in threes, then the NIC). */
export function formatSiret(siret: string | null | undefined): string {
  if (!siret) return '';
  return /^\d{14}$/.test(siret) ? siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4') : siret;
}

/** Prices travel in cents, as integers, so that no rounding happens on the way. */
export function formatPrice(cents: number | null | undefined, locale?: string): string {
  if (cents == null) return '';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function formatNumber(value: number | null | undefined, locale?: string, options?: Intl.NumberFormatOptions): string {
  if (value == null || Number.isNaN(value)) return '';
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** A ratio between 0 and 1 as a whole percentage (`87 %`); empty when there is nothing to divide. */
export function formatPercent(ratio: number | null | undefined, locale?: string): string {
  if (ratio == null || !Number.isFinite(ratio)) return '';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** `YYYY-MM-DD` is a calendar day, not an instant: read it in UTC so no time zone shifts it a day. */
function toDate(value: string | Date): { date: Date; dayOnly: boolean } {
  if (value instanceof Date) return { date: value, dayOnly: false };
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return { date: new Date(dayOnly ? `${value}T00:00:00Z` : value), dayOnly };
}

/** `05/03/2025`. */
export function formatDate(value: string | Date | null | undefined, locale?: string, timeZone?: string): string {
  if (value == null || value === '') return '';
  const { date, dayOnly } = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  const zone = dayOnly ? 'UTC' : timeZone;
  return date.toLocaleDateString(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(zone ? { timeZone: zone } : {}),
  });
}

/** `05/03/2025 14:30`, in the browser's time zone unless one is given (tests). */
export function formatDateTime(value: string | Date | null | undefined, locale?: string, timeZone?: string): string {
  if (value == null || value === '') return '';
  const { date } = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date).replace(',', '');
}

/** Session lengths: `45 min`, `1 h`, `1 h 30`. */
export function formatDuration(minutes: number | null | undefined): string {
  if (minutes == null || !Number.isFinite(minutes)) return '';
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}
