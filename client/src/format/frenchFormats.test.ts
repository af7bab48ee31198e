import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  formatPhone,
  formatPrice,
  formatSiret,
} from './frenchFormats.ts';

// Intl's French output uses a narrow no-break space between thousands and a no-break space before
// the currency and percent signs: spelled out so a plain space would fail the test.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatPhone', () => {
  it('groups a French national number by two digits, whatever separators it was typed with', () => {
    expect(formatPhone('0612345678')).toBe('06 12 34 56 78');
    expect(formatPhone('06.12.34.56.78')).toBe('06 12 34 56 78');
    expect(formatPhone(' 01-23-45-67-89 ')).toBe('01 23 45 67 89');
  });

  it('writes numbers stored in international form (+33, 0033, +33 (0)) in the national form', () => {
    expect(formatPhone('+33 6 12 34 56 78')).toBe('06 12 34 56 78');
    expect(formatPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(formatPhone('0033 1 23 45 67 89')).toBe('01 23 45 67 89');
    expect(formatPhone('+33 (0)6 12 34 56 78')).toBe('06 12 34 56 78');
  });

  it('leaves foreign and malformed numbers as stored rather than grouping them wrongly', () => {
    expect(formatPhone('+32 470 12 34 56')).toBe('+32 470 12 34 56');
    expect(formatPhone('+442079460958')).toBe('+442079460958');
    expect(formatPhone('061234567')).toBe('061234567');
    expect(formatPhone('0012345678')).toBe('0012345678');
  });

  it('shows nothing for a missing number', () => {
    expect(formatPhone(null)).toBe('');
    expect(formatPhone(undefined)).toBe('');
    expect(formatPhone('')).toBe('');
  });
});

describe('formatSiret', () => {
  it('groups the SIREN by three and keeps the NIC whole; leaves anything else as stored', () => {
    expect(formatSiret('68427522500010')).toBe('684 275 225 00010');
    expect(formatSiret('6842752250001')).toBe('6842752250001');
    expect(formatSiret(null)).toBe('');
  });
});

describe('formatPrice', () => {
  it('turns cents into euros with French separators', () => {
    expect(formatPrice(123450)).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(formatPrice(99)).toBe(`0,99${NBSP}€`);
    expect(formatPrice(0)).toBe(`0,00${NBSP}€`);
    expect(formatPrice(125000000)).toBe(`1${NNBSP}250${NNBSP}000,00${NBSP}€`);
  });

  it('follows the English UI when chosen, and shows nothing for a missing price', () => {
    expect(formatPrice(123450, 'en')).toBe('€1,234.50');
    expect(formatPrice(null)).toBe('');
  });
});

describe('formatNumber and formatPercent', () => {
  it('uses a comma for decimals and narrow spaces for thousands', () => {
    expect(formatNumber(12345.5)).toBe(`12${NNBSP}345,5`);
    expect(formatNumber(37.5, 'fr', { minimumFractionDigits: 1 })).toBe('37,5');
    expect(formatNumber(undefined)).toBe('');
  });

  it('rounds a ratio to a whole percentage and shows nothing when there is no ratio', () => {
    expect(formatPercent(0.873)).toBe(`87${NBSP}%`);
    expect(formatPercent(1)).toBe(`100${NBSP}%`);
    expect(formatPercent(Number.NaN)).toBe('');
    expect(formatPercent(null)).toBe('');
  });
});

describe('formatDate and formatDateTime', () => {
  it('writes a calendar day as dd/mm/yyyy, without shifting it in a negative time zone', () => {
    expect(formatDate('2025-03-05')).toBe('05/03/2025');
    expect(formatDate('2025-03-05', 'fr', 'America/Los_Angeles')).toBe('05/03/2025');
    expect(formatDate('2025-03-05', 'en')).toBe('05/03/2025');
  });

  it('writes an instant as dd/mm/yyyy hh:mm in the given time zone', () => {
    expect(formatDateTime('2025-03-05T13:30:00.000Z', 'fr', 'Europe/Paris')).toBe('05/03/2025 14:30');
    expect(formatDateTime('2025-07-05T13:30:00.000Z', 'en', 'Europe/Paris')).toBe('05/07/2025 15:30');
    expect(formatDate('2025-03-05T23:30:00.000Z', 'fr', 'Europe/Paris')).toBe('06/03/2025');
  });

  it('shows nothing for a missing or unreadable date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('formatDuration', () => {
  it('writes minutes as French session lengths', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30');
    expect(formatDuration(125)).toBe('2 h 05');
  });
});
