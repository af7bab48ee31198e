/**
 * Images by their signatures and containers, padded to a size: the server checks the bytes and the
 * chunk structure it cleans (PNG chunks, WebP's RIFF), not a decoder's opinion. CRCs are not checked.
 */
export const images = {
  png: (size = 64) => png(size),
  // Start of image, a JFIF header segment, then the start of scan: what follows is image data.
  jpeg: (size = 64) => pad(Buffer.from('ffd8ffe000104a46494600010100000100010000ffda', 'hex'), size),
  webp: (size = 64) => webp(size),
};

function pad(head: Buffer, size: number) {
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 7)]);
}

/** One PNG chunk: length, type, data, a CRC placeholder. */
export function pngChunk(type: string, data: Buffer) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, Buffer.alloc(4)]);
}

const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');
const IHDR = pngChunk('IHDR', Buffer.from('00000001000000010806000000', 'hex'));
const IEND = pngChunk('IEND', Buffer.alloc(0));

/** A PNG of `size` bytes (at least 57): header, one data chunk filling the rest, end; `extra` chunks before the data. */
export function png(size = 64, extra: Buffer[] = []) {
  const fixed = PNG_SIGNATURE.length + IHDR.length + IEND.length + 12 + extra.reduce((n, c) => n + c.length, 0);
  const idat = pngChunk('IDAT', Buffer.alloc(Math.max(0, size - fixed), 7));
  return Buffer.concat([PNG_SIGNATURE, IHDR, ...extra, idat, IEND]);
}

/** One RIFF chunk, padded to an even size. */
export function webpChunk(type: string, data: Buffer) {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
}

/** A WebP of about `size` bytes: RIFF header, `chunks` (a VP8 image chunk by default). */
export function webp(size = 64, chunks?: Buffer[]) {
  const body = chunks ?? [webpChunk('VP8 ', Buffer.alloc(Math.max(0, size - 20) & ~1, 7))];
  const all = Buffer.concat([Buffer.from('WEBP', 'latin1'), ...body]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(all.length, 4);
  return Buffer.concat([head, all]);
}
