import { crc32, deflateSync } from 'node:zlib';

const size = 64;
/** Background and silhouette colours of the generated avatars. */
const palettes: readonly (readonly [number, number, number, number, number, number])[] = [
  [0xd6, 0xe4, 0xf0, 0x3b, 0x6e, 0x9e],
  [0xf3, 0xe0, 0xd2, 0xa0, 0x5a, 0x2c],
  [0xdf, 0xef, 0xdc, 0x3f, 0x7d, 0x4a],
  [0xeb, 0xdd, 0xf1, 0x7a, 0x4a, 0x96],
  [0xf6, 0xec, 0xc9, 0x9a, 0x7b, 0x1c],
  [0xf2, 0xd7, 0xdb, 0xa3, 0x3d, 0x52],
];

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A head and shoulders on a plain background, as a 64x64 RGB PNG. */
function avatar([br, bg, bb, fr, fg, fb]: (typeof palettes)[number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const head = (x - 32) ** 2 + (y - 24) ** 2 <= 12 ** 2;
      const shoulders = ((x - 32) / 24) ** 2 + ((y - 64) / 22) ** 2 <= 1;
      const [r, g, b] = head || shoulders ? [fr, fg, fb] : [br, bg, bb];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let cached: Buffer[] | undefined;

/** The few avatars every seeded photo is one of (a real photo would be a JPEG of a few dozen kB). */
export function avatarPngs(): Buffer[] {
  cached ??= palettes.map(avatar);
  return cached;
}
