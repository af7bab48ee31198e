/**
 * Contact details as lists and files show them until someone clicks "Afficher": enough to recognise
 * a known address or number, too little to use one. Client and server mask the same way.
 */
const DOT = '•';

/** `claire.martin@orange.fr` -> `c•••@•••.fr`: the first letter and the top-level domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return `${email.slice(0, 1)}${DOT.repeat(3)}`;
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot >= 0 ? domain.slice(dot) : '';
  return `${email.slice(0, 1)}${DOT.repeat(3)}@${DOT.repeat(3)}${tld}`;
}

/** `06 12 34 56 78` (or `+33 6 12 34 56 78`) -> `06 •• •• •• 78`: the first and the last two digits kept. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return DOT.repeat(4);
  const national = digits.startsWith('33') && phone.trim().startsWith('+') ? `0${digits.slice(2)}` : digits;
  const middle = Math.max(national.length - 4, 1);
  const hidden = Array.from({ length: Math.ceil(middle / 2) }, () => DOT.repeat(2)).join(' ');
  return `${national.slice(0, 2)} ${hidden} ${national.slice(-2)}`;
}

/** Whether a text is a masked value (a form must not save one as if it were typed). */
export const isMasked = (value: string) => value.includes(DOT);

/** The contact fields masked by default, by resource, and how each is masked. */
export const maskers = { email: maskEmail, phone: maskPhone } as const;
export type MaskedField = keyof typeof maskers;
