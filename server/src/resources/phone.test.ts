import { describe, expect, it } from 'vitest';
import { normalisePhone, phoneSearchForms } from './phone.ts';

describe('normalisePhone', () => {
  it.each([
    ['06 12 34 56 78', '+33 6 12 34 56 78'],
    ['06.12.34.56.78', '+33 6 12 34 56 78'],
    ['0612345678', '+33 6 12 34 56 78'],
    ['+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['+33 (0)1 23 45 67 89', '+33 1 23 45 67 89'],
    ['0033 1 23 45 67 89', '+33 1 23 45 67 89'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0049-30-1234567', '+49301234567'],
  ])('%s is stored as %s', (typed, stored) => {
    expect(normalisePhone(typed)).toBe(stored);
  });

  it.each([
    ...['12', '06 12 34', '+33 12', '+33 1 2345', '0612345678901', '+0 123 456 789'],
    ...['06 12 34 56 78 90 12 34 56', 'abc', '06-12-AB-56-78'],
  ])(
    'refuses %s',
    (typed) => {
      expect(normalisePhone(typed)).toBeNull();
    },
  );
});

describe('phoneSearchForms', () => {
  it('searches a French number in both forms', () => {
    expect(phoneSearchForms('06 12 34')).toEqual(['061234', '+3361234']);
    expect(phoneSearchForms('+33 6 12')).toEqual(['+33612', '0612']);
    expect(phoneSearchForms('0033 6 12')).toEqual(['0033612', '+33612', '0612']);
  });

  it('keeps a fragment from the middle of a number as typed', () => {
    expect(phoneSearchForms('00 12')).toEqual(['0012', '+12']);
    expect(phoneSearchForms('34 56')).toEqual(['3456']);
  });
});
