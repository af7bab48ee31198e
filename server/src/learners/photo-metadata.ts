/**
 * A photo from a phone carries where and when it was taken (EXIF GPS), the device, sometimes a name:
 * none of it is needed to show a face, so JPEG metadata segments are dropped before storing.
 * EXIF and XMP live in APP1, IPTC in APP13, free text in COM; colour profiles (APP2) and the rest stay.
 */
const DROPPED = new Set([0xe1, 0xed, 0xfe]);
const START_OF_SCAN = 0xda;
const END_OF_IMAGE = 0xd9;

/** The JPEG without its metadata segments, or null when its header segments are not well formed. */
export function withoutJpegMetadata(bytes: Buffer): Buffer | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 2 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // 0xFF may pad between segments.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // The compressed image runs from the start of scan to the end: copied as it is.
    if (marker === START_OF_SCAN || marker === END_OF_IMAGE) return Buffer.concat([...kept, bytes.subarray(at)]);
    if (at + 4 > bytes.length) return null;
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    if (!DROPPED.has(marker)) kept.push(bytes.subarray(at, at + 2 + length));
    at += 2 + length;
  }
  return null;
}
