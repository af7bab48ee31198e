import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMasked, maskEmail, maskPhone } from './masking.ts';

describe('masking', () => {
  it('shows the first letter and the top-level domain of an e-mail address', () => {
    expect(maskEmail('claire.martin@orange.fr')).toBe('c•••@•••.fr');
    expect(maskEmail('x@example.com')).toBe('x•••@•••.com');
  });

  it('shows the first two and last two digits of a phone number', () => {
    expect(maskPhone('06 12 34 56 78')).toBe('06 •• •• •• 78');
    expect(maskPhone('+33 6 12 34 56 78')).toBe('06 •• •• •• 78');
  });

  it('never lets the local part or the middle digits through', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const masked = maskEmail(email);
        expect(isMasked(masked)).toBe(true);
        const local = email.slice(0, email.lastIndexOf('@'));
        if (local.length > 1) expect(masked).not.toContain(local);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^0[1-9]( \d\d){4}$/), (phone) => {
        const masked = maskPhone(phone);
        expect(masked.replace(/\D/g, '')).toBe(phone.replace(/\D/g, '').slice(0, 2) + phone.replace(/\D/g, '').slice(-2));
      }),
    );
  });
});
