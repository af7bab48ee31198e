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

/**
 * PNG: the chunks an image needs are kept (header, palette, data, end, and how to show the colours);
 * every other one goes: text (tEXt, iTXt, zTXt), EXIF (eXIf), the time (tIME) and any private chunk.
 * Chunks are copied whole, so their CRCs still hold.
 */
const PNG_KEPT = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs', 'bKGD']);

/** The PNG with only the chunks it needs to be drawn, or null when its chunks do not hold together. */
export function withoutPngMetadata(bytes: Buffer): Buffer | null {
  const kept: Buffer[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) return null;
    if (PNG_KEPT.has(type)) kept.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(kept);
  }
  return null;
}

/** WebP keeps EXIF and XMP in chunks of their own, announced by two flags of the VP8X header. */
const WEBP_DROPPED = new Set(['EXIF', 'XMP ']);
const VP8X_EXIF_AND_XMP = 0x08 | 0x04;

/** The WebP without its EXIF and XMP chunks (flags and RIFF size updated), or null when malformed. */
export function withoutWebpMetadata(bytes: Buffer): Buffer | null {
  if (bytes.length < 12 || bytes.readUInt32LE(4) + 8 !== bytes.length) return null;
  const kept: Buffer[] = [];
  let at = 12;
  while (at + 8 <= bytes.length) {
    const type = bytes.toString('latin1', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const end = at + 8 + size + (size % 2);
    if (end > bytes.length) return null;
    if (!WEBP_DROPPED.has(type)) {
      const chunk = Buffer.from(bytes.subarray(at, end));
      if (type === 'VP8X' && size >= 1) chunk[8] = (chunk[8] ?? 0) & ~VP8X_EXIF_AND_XMP;
      kept.push(chunk);
    }
    at = end;
  }
  if (at !== bytes.length || kept.length === 0) return null;
  const body = Buffer.concat(kept);
  const header = Buffer.from(bytes.subarray(0, 12));
  header.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([header, body]);
}
