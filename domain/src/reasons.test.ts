import { describe, expect, it } from 'vitest';
import { isSentence } from './reasons.ts';

describe('isSentence', () => {
  it('accepts a sentence of three words and fifteen characters', () => {
    expect(isSentence('Connexions depuis trois pays')).toBe(true);
  });
  it('refuses a word, padding, or numbers posing as words', () => {
    expect(isSentence('fraude')).toBe(false);
    expect(isSentence('   fraude fraude   ')).toBe(false);
    expect(isSentence('fraude 1234 5678 9012')).toBe(false);
    expect(isSentence('a b c')).toBe(false);
  });
});
