/**
 * Calendar days as ISO dates (`YYYY-MM-DD`), computed in UTC so that no time zone or daylight-saving
 * change moves a day. French public holidays are those of the Code du travail (art. L3133-1).
 */

const DAY_MS = 86_400_000;

export type IsoDate = string;

export const toDate = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
export const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);
export const addDays = (iso: IsoDate, days: number): IsoDate => toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
export const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);

/** Easter Sunday of the Gregorian calendar (the anonymous computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIso(new Date(Date.UTC(year, month - 1, day)));
}

const FIXED_HOLIDAYS = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

const holidayCache = new Map<number, Set<IsoDate>>();

/** France's eleven public holidays of a year: eight fixed, and Easter Monday, Ascension, Whit Monday. */
export function frenchPublicHolidays(year: number): Set<IsoDate> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    const pad = String(year).padStart(4, '0');
    holidays = new Set([
      ...FIXED_HOLIDAYS.map((monthDay) => `${pad}-${monthDay}`),
      addDays(easter, 1),
      addDays(easter, 39),
      addDays(easter, 50),
    ]);
    holidayCache.set(year, holidays);
  }
  return holidays;
}

export function isWorkingDay(iso: IsoDate): boolean {
  const weekday = toDate(iso).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !frenchPublicHolidays(Number(iso.slice(0, 4))).has(iso);
}

export function nextWorkingDay(iso: IsoDate): IsoDate {
  let day = iso;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The day in the same Europe/Paris calendar as `now`: a request received at 00:30 in Paris is that day's. */
export function parisDay(now: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** A moment as a French reader reads it in Paris: "1 décembre 2026 à 14:05". */
export function formatParisDateTime(moment: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(moment);
}
