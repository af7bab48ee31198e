import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../../test/audit.ts';
import { errorOf } from '../../test/errors.ts';
import { createHarness, type Harness } from '../../test/harness.ts';
import { insertContract, insertLearner } from '../../test/records.ts';
import { requestDesk } from '../../test/requests.ts';
import { purgeExpiredPackages } from './store.ts';

let h: Harness;
let desk: Awaited<ReturnType<typeof requestDesk>>;
let learner: Awaited<ReturnType<typeof insertLearner>>;

beforeAll(async () => {
  h = await createHarness();
  desk = await requestDesk(h);
  learner = await insertLearner(h.owner, { lastName: 'Exportée', phone: '+33 6 44 55 66 77' });
  await insertContract(h.owner, { learnerId: learner.id });
  // A read by an agent before the request: it must show in the access summary.
  await desk.asAgent().api.learners.getOne({ id: learner.id });
});
afterAll(() => h.close());

const zipOf = (base64: string) => unzipSync(Buffer.from(base64, 'base64'));

describe('requests.exportPackage and downloadPackage', () => {
  it("answers a verified access request with the learner's zip, on the timeline, audited as an export", async () => {
    const request = await desk.verified(learner.id, ['access']);
    const agent = desk.asAgent();
    const { data: made } = await agent.api.requests.exportPackage({ id: request.id });
    expect(made.files).toEqual(expect.arrayContaining(['acces.csv', 'donnees.json', 'lettre.html', 'categories/identity.csv']));
    expect(new Date(made.expiresAt).getTime() - h.clock.now.getTime()).toBe(7 * 86_400_000);
    expect(await auditRowOf(h, agent.request.requestId)).toMatchObject({
      action: 'export',
      subjectIds: [`learner:${learner.id}`],
      purposeCode: 'dsr',
      purposeRef: `request:${request.id}`,
    });
    const timeline = (await desk.asAgent().api.requests.timeline({ id: request.id })).data;
    expect(timeline.at(-1)).toMatchObject({ kind: 'executed', details: { right: 'access', packageId: made.id } });

    const download = desk.asDpo();
    const { data: file } = await download.api.requests.downloadPackage({ id: request.id, packageId: made.id });
    const files = zipOf(file.base64);
    const json = JSON.parse(strFromU8(files['donnees.json'] ?? new Uint8Array())) as { tables: { entity: string; records: { lastName?: string }[] }[] };
    expect(json.tables.find((t) => t.entity === 'learners')?.records[0]?.lastName).toBe('Exportée');
    expect(strFromU8(files['acces.csv'] ?? new Uint8Array())).toMatch(/agent;read;learners;/);
    expect(strFromU8(files['lettre.html'] ?? new Uint8Array())).toContain('Jeanne Martin');
    expect(await auditRowOf(h, download.request.requestId)).toMatchObject({ action: 'export', subjectIds: [`learner:${learner.id}`] });
  });

  it('does not build a second package by accident: a second click is refused until the staff member confirms', async () => {
    const request = await desk.verified(learner.id, ['access']);
    const { data: first } = await desk.asAgent().api.requests.exportPackage({ id: request.id });
    const second = await errorOf(desk.asAgent().api.requests.exportPackage({ id: request.id }));
    expect(second).toMatchObject({ data: { code: 'CONFLICT', reason: 'live_package' } });
    expect(second.message).toMatch(/déjà été produite le .* ; téléchargez-la/);
    const count = async () =>
      (await h.owner.select().from(schema.requestPackages).where(eq(schema.requestPackages.requestId, request.id))).length;
    expect(await count()).toBe(1);
    const { data: again } = await desk.asAgent().api.requests.exportPackage({ id: request.id, again: true });
    expect(again.id).not.toBe(first.id);
    expect(await count()).toBe(2);
  });

  it('refuses a request whose identity was not verified, and one that asks no access', async () => {
    const unverified = await desk.open({ learnerId: learner.id, types: ['access'] });
    expect(await errorOf(desk.asAgent().api.requests.exportPackage({ id: unverified.id }))).toMatchObject({
      data: { code: 'CONFLICT' },
    });
    const erasure = await desk.verified(learner.id, ['erasure']);
    expect(await errorOf(desk.asAgent().api.requests.exportPackage({ id: erasure.id }))).toMatchObject({
      data: { code: 'CONFLICT' },
    });
    const packages = await h.owner.select().from(schema.requestPackages).where(eq(schema.requestPackages.learnerId, learner.id));
    expect(packages.every((p) => p.requestId !== unverified.id && p.requestId !== erasure.id)).toBe(true);
  });

  it('closes the link after 7 days, and the purge deletes the copy', async () => {
    const request = await desk.verified(learner.id, ['portability']);
    const { data: made } = await desk.asAgent().api.requests.exportPackage({ id: request.id });
    const other = await desk.verified(learner.id, ['access']);
    // Another request cannot reach this package.
    expect(await errorOf(desk.asAgent().api.requests.downloadPackage({ id: other.id, packageId: made.id }))).toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    const later = new Date(new Date(made.expiresAt).getTime() + 1);
    h.clock.now = later;
    try {
      // A week later the agent signs in again (sessions last hours, not days).
      const { api } = await h.as('agent', { purpose: 'learner_request' });
      expect(await errorOf(api.requests.downloadPackage({ id: request.id, packageId: made.id }))).toMatchObject({
        data: { code: 'NOT_FOUND' },
        message: expect.stringMatching(/expiré/),
      });
      expect(await purgeExpiredPackages(h.owner, later)).toBeGreaterThanOrEqual(1);
      expect(await h.owner.select().from(schema.requestPackages).where(eq(schema.requestPackages.id, made.id))).toEqual([]);
    } finally {
      h.clock.now = new Date('2026-02-10T09:00:00Z');
    }
  });
});
