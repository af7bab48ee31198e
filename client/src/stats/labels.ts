import { STATS_NONE, type StatsDimension, type StatsMeasure } from '@vigie/domain/stats';
import { formatNumber, intlLocale } from '../format/frenchFormats.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A dimension's value as the screen and the CSV show it (French month names, région names...). */
export function valueLabel(dimension: StatsDimension, value: string, translate: Translate, locale: string): string {
  if (value === STATS_NONE) return translate(`vigie.stats.none.${dimension}`);
  if (dimension === 'region') return translate(`vigie.stats.regions.${value}`);
  if (dimension === 'funding') return translate(`vigie.funding.${value}`);
  if (dimension === 'month') {
    const name = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, Number(value) - 1, 1)));
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return value;
}

const digits: Record<StatsMeasure, number> = {
  learners: 0,
  contracts: 0,
  hoursAttended: 1,
  attendanceRate: 1,
  levelProgress: 2,
  surveyScore: 1,
  completion: 1,
};

/** A figure in French (`1 234,5`); a hidden cell is marked, an empty mean left blank. */
export function figureLabel(measure: StatsMeasure, cell: { value: number | null; suppressed: boolean }, translate: Translate, locale: string): string {
  if (cell.suppressed) return translate('vigie.stats.suppressedMark');
  return formatNumber(cell.value, locale, { maximumFractionDigits: digits[measure] });
}
