import { describe, expect, it } from 'vitest';
import { checkPhoto, photoDataUrl, photoMaxBytes, toPhotoUpload } from './photoFile.ts';

const file = (type: string, size: number) => new Blob([new Uint8Array(size)], { type });

describe('checkPhoto', () => {
  it('accepts JPEG, PNG and WebP up to 2 MB', () => {
    expect(checkPhoto(file('image/jpeg', 1000))).toBeNull();
    expect(checkPhoto(file('image/png', photoMaxBytes))).toBeNull();
    expect(checkPhoto(file('image/webp', 1))).toBeNull();
  });

  it('rejects other types, including images the server does not take', () => {
    expect(checkPhoto(file('image/gif', 1000))).toBe('type');
    expect(checkPhoto(file('image/svg+xml', 1000))).toBe('type');
    expect(checkPhoto(file('application/pdf', 1000))).toBe('type');
    expect(checkPhoto(file('', 1000))).toBe('type');
  });

  it('rejects a file one byte over 2 MB, a 10 MB photo and an empty file', () => {
    expect(checkPhoto(file('image/jpeg', photoMaxBytes + 1))).toBe('size');
    expect(checkPhoto({ type: 'image/jpeg', size: 10 * 1024 * 1024 })).toBe('size');
    expect(checkPhoto(file('image/png', 0))).toBe('empty');
  });
});

describe('toPhotoUpload', () => {
  it('sends the bytes as plain base64 with the file type', async () => {
    const upload = await toPhotoUpload(new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x41])], { type: 'image/jpeg' }));
    expect(upload).toEqual({ mimeType: 'image/jpeg', base64: '/9j/AEE=' });
  });

  it('encodes a large photo in full, byte for byte', async () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 256);
    const upload = await toPhotoUpload(new Blob([bytes], { type: 'image/png' }));
    const decoded = Uint8Array.from(atob(upload.base64), (char) => char.charCodeAt(0));
    expect(decoded).toEqual(bytes);
  });

  it('refuses to encode a file that fails the check', async () => {
    await expect(toPhotoUpload(file('image/gif', 10))).rejects.toThrow('type');
  });

  it('turns the served photo into a data URL', () => {
    expect(photoDataUrl({ mimeType: 'image/png', base64: 'AAA=' })).toBe('data:image/png;base64,AAA=');
  });
});
