/**
 * What stands in an answer for a value the access purpose does not cover: marked as withheld, never
 * silently missing (a `null` phone means "no phone"; this means "not for this purpose").
 */
export interface Withheld {
  withheld: true;
}

export const WITHHELD: Withheld = Object.freeze({ withheld: true });

export const isWithheld = (value: unknown): value is Withheld =>
  typeof value === 'object' && value !== null && (value as { withheld?: unknown }).withheld === true;
