/** The server's rules for a signed contract, checked before sending so a 50 MB file never travels. */
export const contractMaxBytes = 10 * 1024 * 1024;

export type ContractProblem = 'type' | 'size' | 'empty';

/** A PDF starts with `%PDF-`, whatever its name or declared type says. */
export async function checkContract(file: Blob): Promise<ContractProblem | null> {
  if (file.size === 0) return 'empty';
  if (file.size > contractMaxBytes) return 'size';
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === '%PDF-' ? null : 'type';
}
