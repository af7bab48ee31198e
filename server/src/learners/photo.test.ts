import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf, auditRowsOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { images, png, pngChunk } from '../test/images.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';
import { PHOTO_MAX_BYTES, sniffImage } from './photo.ts';

let h: Harness;
let agent: string;

beforeAll(async () => {
  h = await createHarness();
  ({ token: agent } = await h.as('agent'));
});
afterAll(() => h.close());

const call = () => h.caller({ token: agent, purpose: 'learner_request' });

describe('sniffImage', () => {
  it('knows JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    expect(sniffImage(images.png())).toBe('image/png');
    expect(sniffImage(images.jpeg())).toBe('image/jpeg');
    expect(sniffImage(images.webp())).toBe('image/webp');
    expect(sniffImage(Buffer.from('GIF89a......'))).toBeNull();
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImage(Buffer.alloc(0))).toBeNull();
  });
});

describe('learners photo', () => {
  it('stores a photo, then serves it as an audited read', async () => {
    const learner = await insertLearner(h.owner);
    const bytes = images.webp(5000);
    const upload = call();
    await upload.api.learners.uploadPhoto({ id: learner.id, mimeType: 'image/webp', base64: bytes.toString('base64') });
    expect(await auditRowOf(h, upload.request.requestId)).toMatchObject({
      action: 'update',
      entity: 'learnerPhotos',
      subjectIds: [`learner:${learner.id}`],
      fields: ['bytes', 'mimeType'],
    });

    const read = call();
    const { data } = await read.api.learners.getPhoto({ id: learner.id });
    expect(data).toEqual({ id: learner.id, learnerId: learner.id, mimeType: 'image/webp', base64: bytes.toString('base64') });
    expect(await auditRowOf(h, read.request.requestId)).toMatchObject({
      action: 'read',
      entity: 'learnerPhotos',
      procedure: 'learners.getPhoto',
      subjectIds: [`learner:${learner.id}`],
      fields: ['bytes', 'mimeType'],
      purposeCode: 'learner_request',
    });
    expect((await call().api.learners.getOne({ id: learner.id })).data.hasPhoto).toBe(true);
  });

  it('replaces a photo, and deletes it', async () => {
    const learner = await insertLearner(h.owner);
    const { api } = call();
    await api.learners.uploadPhoto({ id: learner.id, mimeType: 'image/png', base64: images.png().toString('base64') });
    await api.learners.uploadPhoto({ id: learner.id, mimeType: 'image/jpeg', base64: images.jpeg().toString('base64') });
    expect((await api.learners.getPhoto({ id: learner.id })).data.mimeType).toBe('image/jpeg');
    const removal = call();
    await removal.api.learners.deletePhoto({ id: learner.id });
    expect(await auditRowOf(h, removal.request.requestId)).toMatchObject({ action: 'delete', fields: ['bytes', 'mimeType'] });
    await expect(api.learners.getPhoto({ id: learner.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stores a JPEG without its EXIF data (where and when it was taken)', async () => {
    const learner = await insertLearner(h.owner);
    const plain = images.jpeg(300);
    const payload = Buffer.from('Exif\0\0GPS 48.85N 2.35E', 'latin1');
    const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0, payload.length + 2]), payload]);
    const tagged = Buffer.concat([plain.subarray(0, 2), exif, plain.subarray(2)]);
    const { api } = call();
    await api.learners.uploadPhoto({ id: learner.id, mimeType: 'image/jpeg', base64: tagged.toString('base64') });
    const { data } = await api.learners.getPhoto({ id: learner.id });
    expect(Buffer.from(data.base64, 'base64')).toEqual(plain);
  });

  it('takes a photo of exactly 2 MB', async () => {
    const learner = await insertLearner(h.owner);
    const base64 = images.jpeg(PHOTO_MAX_BYTES).toString('base64');
    await expect(
      call().api.learners.uploadPhoto({ id: learner.id, mimeType: 'image/jpeg', base64 }),
    ).resolves.toMatchObject({ data: { mimeType: 'image/jpeg' } });
  });

  const as = (mimeType: string, bytes: Buffer) => () => ({ mimeType, base64: bytes.toString('base64') });
  const refusals: [string, string, () => { mimeType: string; base64: string }][] = [
    ['a 10 MB photo', 'base64', as('image/jpeg', images.jpeg(10 * 1024 * 1024))],
    ['2 MB and one byte', 'base64', as('image/png', images.png(PHOTO_MAX_BYTES + 1))],
    ['a PNG declared, JPEG bytes', 'base64', as('image/png', images.jpeg())],
    ['a PNG declared, text bytes', 'base64', as('image/png', Buffer.from('hello'))],
    ['a JPEG with broken segments', 'base64', as('image/jpeg', Buffer.from('ffd8ffe0ffff0000', 'hex'))],
    ['a GIF', 'mimeType', as('image/gif', Buffer.from('GIF89a'))],
    ['an SVG', 'mimeType', as('image/svg+xml', Buffer.from('<svg/>'))],
    ['text that is not base64', 'base64', () => ({ mimeType: 'image/png', base64: 'not base64!' })],
    ['an empty file', 'base64', () => ({ mimeType: 'image/png', base64: '' })],
  ];

  it.each(refusals)('refuses %s with BAD_REQUEST on %s, and stores nothing', async (_name, field, input) => {
    const learner = await insertLearner(h.owner);
    const { api, request } = call();
    const error = await errorOf(api.learners.uploadPhoto({ id: learner.id, ...input() } as never));
    expect(error).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { [field]: [expect.any(String)] } } });
    expect(await auditRowsOf(h, request.requestId)).toEqual([]);
    await expect(call().api.learners.getPhoto({ id: learner.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a photo for an erased learner', async () => {
    const learner = await insertLearner(h.owner, { status: 'erased' });
    await expect(
      call().api.learners.uploadPhoto({ id: learner.id, mimeType: 'image/png', base64: images.png().toString('base64') }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('is for agents to change; admins may not', async () => {
    const learner = await insertLearner(h.owner);
    const { token } = await h.as('admin');
    const admin = h.caller({ token, purpose: 'fraud_investigation' }).api;
    await expect(
      admin.learners.uploadPhoto({ id: learner.id, mimeType: 'image/png', base64: images.png().toString('base64') }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('photo metadata, every accepted type', () => {
  it('stores a PNG without its text chunks, and refuses a PNG that cannot be cleaned', async () => {
    const learner = await insertLearner(h.owner);
    const tagged = png(400, [pngChunk('tEXt', Buffer.from('Location\0Lyon 3e, rue Garibaldi', 'latin1'))]);
    await call().api.learners.uploadPhoto({ id: learner.id, mimeType: 'image/png', base64: tagged.toString('base64') });
    const stored = Buffer.from((await call().api.learners.getPhoto({ id: learner.id })).data.base64, 'base64');
    expect(stored.toString('latin1')).not.toContain('Garibaldi');
    expect(stored.length).toBeLessThan(tagged.length);
    const cut = tagged.subarray(0, 100);
    await expect(call().api.learners.uploadPhoto({ id: learner.id, mimeType: 'image/png', base64: cut.toString('base64') })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
