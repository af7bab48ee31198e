import { describe, expect, it } from 'vitest';
import { isValidPhone, rectification } from './learnerRules.ts';

describe('isValidPhone', () => {
  it('accepts French numbers with or without separators, and international numbers', () => {
    const valid = ['0612345678', '06 12 34 56 78', '06.12.34.56.78', '+33 6 12 34 56 78', '+33 (0)6 12 34 56 78', '0044 20 7946 0958', '+32470123456'];
    for (const phone of valid) {
      expect(isValidPhone(phone), phone).toBe(true);
    }
  });

  it('rejects short, long, lettered and zero-country-code numbers', () => {
    for (const phone of ['061234567', '06123456789', '06 12 AB 56 78', '+0612345678', '+12345', 'bonjour']) {
      expect(isValidPhone(phone), phone).toBe(false);
    }
  });
});

describe('rectification', () => {
  it('sends only the rectifiable fields, trimmed, with cleared optional fields as null', () => {
    const values = {
      id: 'x',
      status: 'blocked',
      hasPhoto: true,
      updatedAt: '2025-01-01T00:00:00Z',
      lastName: ' Dupont ',
      firstName: 'Claire',
      phone: '',
      jobTitle: '  ',
      newsletterConsent: false,
    };
    expect(rectification(values)).toEqual({
      lastName: 'Dupont',
      firstName: 'Claire',
      phone: null,
      jobTitle: null,
      newsletterConsent: false,
    });
  });
});
