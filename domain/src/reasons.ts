/**
 * A reason an admin or investigator gives for a decision that weighs on a learner (a block, lifting a
 * hold, revealing who else signed in from an address): a sentence someone can read later, not a word.
 * The rule: at least 3 words and 15 characters.
 */
export const MIN_REASON_WORDS = 3;
export const MIN_REASON_LENGTH = 15;
export const MAX_REASON_LENGTH = 1000;

export const REASON_MESSAGE = `Motif trop court : une phrase d’au moins ${MIN_REASON_WORDS} mots et ${MIN_REASON_LENGTH} caractères.`;

export function isSentence(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return trimmed.length >= MIN_REASON_LENGTH && words.length >= MIN_REASON_WORDS;
}
