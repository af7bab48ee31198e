import { describe, expect, it } from 'vitest';
import { images, png, pngChunk, webp, webpChunk } from '../test/images.ts';
import { withoutJpegMetadata, withoutPngMetadata, withoutWebpMetadata } from './photo-metadata.ts';

const segment = (marker: number, payload: string) => {
  const body = Buffer.from(payload, 'latin1');
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
};

describe('withoutJpegMetadata', () => {
  it('drops EXIF, XMP, IPTC and comments, and keeps the header, colour profile and image data', () => {
    const plain = images.jpeg(200);
    const soi = plain.subarray(0, 2);
    const rest = plain.subarray(2);
    const tagged = Buffer.concat([
      soi,
      segment(0xe1, 'Exif\0\0GPS 48.8566N 2.3522E'),
      segment(0xe2, 'ICC_PROFILE\0sRGB'),
      segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Jean Dupont</x:xmpmeta>'),
      segment(0xed, 'Photoshop 3.0\0IPTC byline'),
      segment(0xfe, 'taken at home'),
      rest,
    ]);
    const cleaned = withoutJpegMetadata(tagged);
    expect(cleaned?.toString('latin1')).not.toMatch(/GPS|Dupont|IPTC|home/);
    expect(cleaned).toEqual(Buffer.concat([soi, segment(0xe2, 'ICC_PROFILE\0sRGB'), rest]));
  });

  it('leaves a JPEG without metadata as it was', () => {
    expect(withoutJpegMetadata(images.jpeg(500))).toEqual(images.jpeg(500));
  });

  it('refuses a JPEG whose segments do not hold together', () => {
    expect(withoutJpegMetadata(Buffer.from('ffd8ffe0ffff0000', 'hex'))).toBeNull();
    expect(withoutJpegMetadata(Buffer.from('ffd8ffe000104a4649', 'hex'))).toBeNull();
    expect(withoutJpegMetadata(Buffer.concat([Buffer.from('ffd8', 'hex'), Buffer.alloc(20, 7)]))).toBeNull();
    expect(withoutJpegMetadata(images.png())).toBeNull();
  });
});

describe('withoutPngMetadata', () => {
  it('drops tEXt, iTXt, zTXt, eXIf and tIME, and keeps what the image needs', () => {
    const text = pngChunk('tEXt', Buffer.from('Author\0Claire Dupont, 48.8566N 2.3522E', 'latin1'));
    const extra = [
      text,
      pngChunk('iTXt', Buffer.from('Comment\0\0\0\0\0Domicile', 'latin1')),
      pngChunk('zTXt', Buffer.from('Location\0\0x', 'latin1')),
      pngChunk('eXIf', Buffer.from('MM\0*GPS', 'latin1')),
      pngChunk('tIME', Buffer.alloc(7)),
      pngChunk('pHYs', Buffer.alloc(9)),
    ];
    const cleaned = withoutPngMetadata(png(200, extra));
    expect(cleaned).not.toBeNull();
    const text2 = cleaned?.toString('latin1') ?? '';
    for (const gone of ['tEXt', 'iTXt', 'zTXt', 'eXIf', 'tIME', 'Claire', 'Domicile', 'GPS']) expect(text2).not.toContain(gone);
    expect(cleaned).toEqual(png(200 - extra.slice(0, 5).reduce((n, c) => n + c.length, 0), [extra[5] as Buffer]));
  });

  it('refuses a PNG whose chunks do not hold together, or without an end', () => {
    const whole = png(100);
    expect(withoutPngMetadata(whole.subarray(0, 60))).toBeNull();
    const lying = Buffer.from(whole);
    lying.writeUInt32BE(10_000, 8);
    expect(withoutPngMetadata(lying)).toBeNull();
  });
});

describe('withoutWebpMetadata', () => {
  it('drops the EXIF and XMP chunks, clears their flags and fixes the RIFF size', () => {
    const vp8x = webpChunk('VP8X', Buffer.from([0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    const image = webpChunk('VP8 ', Buffer.alloc(30, 7));
    const file = webp(0, [vp8x, image, webpChunk('EXIF', Buffer.from('GPS 48.85N', 'latin1')), webpChunk('XMP ', Buffer.from('<x:creator>Claire</x:creator>', 'latin1'))]);
    const cleaned = withoutWebpMetadata(file);
    expect(cleaned?.toString('latin1')).not.toMatch(/EXIF|XMP|GPS|Claire/);
    const expected = webp(0, [webpChunk('VP8X', Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])), image]);
    expect(cleaned).toEqual(expected);
  });

  it('refuses a WebP whose RIFF size or chunks do not add up', () => {
    const file = webp(64);
    expect(withoutWebpMetadata(file.subarray(0, 40))).toBeNull();
  });
});
