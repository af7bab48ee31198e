import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPurposeRef, decodePurposeRef, encodePurposeRef, purposeRefMaxLength } from './purpose-ref.ts';

describe('purpose reference in a header', () => {
  it('keeps accents through the header: "Réclamation n°12" arrives as typed', () => {
    const header = encodePurposeRef('Réclamation n°12');
    expect(header).toMatch(/^[\x21-\x7E]+$/);
    expect(decodePurposeRef(header)).toBe('Réclamation n°12');
  });

  it('round-trips any text as its cleaned form, always as header-safe ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const header = encodePurposeRef(text);
        expect(header).toMatch(/^[\x21-\x7E]*$/);
        expect(decodePurposeRef(header)).toBe(cleanPurposeRef(text));
      }),
    );
  });

  it('drops line breaks and keeps 100 characters at most', () => {
    const cleaned = cleanPurposeRef('Réclamation\r\nn°12 ' + 'é'.repeat(200));
    expect(cleaned.startsWith('Réclamationn°12 ééé')).toBe(true);
    expect([...cleaned]).toHaveLength(purposeRefMaxLength);
  });

  it('keeps a plain reference that is not percent-encoding as it came', () => {
    expect(decodePurposeRef('TICKET-42')).toBe('TICKET-42');
    expect(decodePurposeRef('100%')).toBe('100%');
    expect(decodePurposeRef(null)).toBeNull();
  });
});
