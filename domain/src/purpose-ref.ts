/**
 * The purpose's reference ("Réclamation n°12") travels in an HTTP header, and header values are bytes
 * the browser only lets through as ASCII: the client percent-encodes it (UTF-8), the server decodes it,
 * so the audit row says what the staff member typed, accents included.
 */
export const purposeRefMaxLength = 100;

/** What a reference may hold: one line of printable text, trimmed, at most 100 characters. */
export function cleanPurposeRef(text: string): string {
  return [...text.replace(/\p{Cc}/gu, '').trim()].slice(0, purposeRefMaxLength).join('').trim();
}

export const encodePurposeRef = (text: string): string => encodeURIComponent(cleanPurposeRef(text));

/** The header as sent; a value that is not valid percent-encoding is kept as it came (a plain ASCII reference). */
export function decodePurposeRef(header: string | null): string | null {
  if (header === null) return null;
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}
