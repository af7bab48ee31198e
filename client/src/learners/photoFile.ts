import { toBase64 } from '../files/base64.ts';

/** The server's rules for a learner photo, checked before sending so a 10 MB file never travels. */
export const photoMimeTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMimeType = (typeof photoMimeTypes)[number];
export const photoMaxBytes = 2 * 1024 * 1024;

/** For the file picker's `accept`: the browser filters, but a drag-and-drop or "all files" still needs the check. */
export const photoAccept = photoMimeTypes.join(',');

export type PhotoProblem = 'type' | 'size' | 'empty';

export function checkPhoto(file: { type: string; size: number }): PhotoProblem | null {
  if (!(photoMimeTypes as readonly string[]).includes(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > photoMaxBytes) return 'size';
  return null;
}

/** The upload's JSON body: the bytes as base64, without the `data:` prefix. */
export async function toPhotoUpload(file: Blob): Promise<{ mimeType: PhotoMimeType; base64: string }> {
  const problem = checkPhoto(file);
  if (problem) throw new Error(`photo rejected: ${problem}`);
  return { mimeType: file.type as PhotoMimeType, base64: await toBase64(file) };
}

/** The photo as the server sends it, ready for an `<img src>`. */
export function photoDataUrl(photo: { mimeType: string; base64: string }): string {
  return `data:${photo.mimeType};base64,${photo.base64}`;
}
