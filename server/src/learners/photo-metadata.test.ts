import { describe, expect, it } from 'vitest';
import { images } from '../test/images.ts';
import { withoutJpegMetadata } from './photo-metadata.ts';

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
