/** Images by their signatures, padded to a size: the server checks the bytes, not a decoder's opinion. */
export const images = {
  png: (size = 64) => pad(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), size),
  // Start of image, a JFIF header segment, then the start of scan: what follows is image data.
  jpeg: (size = 64) => pad(Buffer.from('ffd8ffe000104a46494600010100000100010000ffda', 'hex'), size),
  webp: (size = 64) => pad(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]), size),
};
function pad(head: Buffer, size: number) {
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 7)]);
}
