import { TRPCError } from '@trpc/server';

/**
 * The notice's promise: sign-ins are deleted after six months. The purge removes older rows; until it
 * has run, an investigation does not look past the window either.
 */
export const SIGN_IN_MONTHS = 6;

export function windowStart(now: Date): Date {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - SIGN_IN_MONTHS);
  return since;
}

/** Every step of an investigation is filed under its case: no reference, no investigation. */
export function requireCaseRef(ref: string | null): string {
  if (!ref?.trim()) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Référence du dossier obligatoire : saisissez la référence de l’enquête (motif « Enquête sur une fraude »).',
    });
  }
  return ref.trim();
}

/** "Stagiaire A", "Stagiaire B"... then "Stagiaire AA": labels that say nothing of who they are. */
export function opaqueLabel(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Stagiaire ${letters}`;
}
