import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHolidays, parisDay } from './calendar.ts';

describe('Easter and the French public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, easter) => expect(easterSunday(year)).toBe(easter));

  it('knows the eleven holidays of 2026', () => {
    expect([...frenchPublicHolidays(2026)].sort()).toEqual([
      ...['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25'],
      ...['2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25'],
    ]);
  });
});

describe('the Paris day', () => {
  it('takes the day as Paris counts it', () => {
    expect(parisDay(new Date('2026-01-31T23:30:00Z'))).toBe('2026-02-01');
    expect(parisDay(new Date('2026-07-31T21:59:00Z'))).toBe('2026-07-31');
    expect(parisDay(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
    expect(parisDay(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});
