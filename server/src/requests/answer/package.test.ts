import { schema } from '@vigie/db';
import { seedDemo } from '@vigie/db/seed';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalDataCategories } from '@vigie/domain/enums';
import { createHarness, type Harness } from '../../test/harness.ts';
import { buildAnswerPackage } from './package.ts';
import { collectLearnerData } from './subject-data.ts';

let h: Harness;
let claireId: string;
let files: Record<string, Uint8Array>;
let listed: string[];

beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
  await h.database.asOwner((owner) => seedDemo(owner, 'not-a-real-hash', { learners: 40 }));
  const [claire] = await h.owner.select().from(schema.learners).where(eq(schema.learners.email, 'claire.dupont@exemple.fr'));
  if (!claire) throw new Error('the demo seed has no Claire Dupont');
  claireId = claire.id;
  const [dpo] = await h.owner.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, 'dpo'));
  await h.owner.insert(schema.disclosures).values({
    authority: 'Commissariat de Lyon',
    reference: 'PV 2026/118',
    legalBasis: 'Réquisition, art. 60-1 du code de procédure pénale',
    receivedOn: '2026-10-02',
    learnerIds: [claireId, randomUUID()],
    dataCategories: ['identity', 'contact'],
    decision: 'disclosed',
    decidedBy: dpo?.id ?? '',
  });
  const built = buildAnswerPackage({
    generatedAt: new Date('2026-11-26T10:00:00Z'),
    learnerId: claireId,
    tables: await collectLearnerData(h.owner, claireId),
    letterHtml: '<!doctype html><title>Réponse</title>',
    accesses: [{ occurredAt: '2026-11-20T09:00:00Z', role: 'agent', action: 'read', entity: 'learners', fields: ['phone'], purpose: 'learner_request' }],
  });
  files = unzipSync(built.bytes);
  listed = built.files;
});
afterAll(() => h.close());

const json = () => JSON.parse(strFromU8(files['donnees.json'] ?? new Uint8Array())) as {
  subject: { id: string };
  tables: { entity: string; categories: Record<string, string>; records: Record<string, unknown>[] }[];
};

describe('the access and portability package of the seeded learner', () => {
  it('holds every category of her data in JSON that parses, and only hers', () => {
    const { subject, tables } = json();
    expect(subject.id).toBe(claireId);
    const filled = new Set(
      tables.flatMap((t) => (t.records.length > 0 ? Object.values(t.categories) : [])),
    );
    // Everything but staff credentials, which no learner has.
    expect([...filled].sort()).toEqual(personalDataCategories.filter((c) => c !== 'credentials').sort());
    for (const table of tables) {
      for (const record of table.records) {
        const about = record.learnerIds ?? [record.learnerId ?? record.id];
        expect(about).toContain(claireId);
      }
    }
  });

  it('has one CSV per category, with her name, email and phone where they belong', () => {
    const csv = (name: string) => strFromU8(files[`categories/${name}.csv`] ?? new Uint8Array());
    expect(csv('identity')).toMatch(/learners;[0-9a-f-]+;lastName;Dupont/);
    expect(csv('contact')).toContain('claire.dupont@exemple.fr');
    expect(Object.keys(files).filter((f) => f.startsWith('categories/'))).toHaveLength(personalDataCategories.length - 1);
    expect(listed).toEqual(Object.keys(files).sort());
  });

  it('includes the authority requests that named her, without the others they named', () => {
    const disclosures = json().tables.find((t) => t.entity === 'disclosures')?.records;
    expect(disclosures).toEqual([expect.objectContaining({ authority: 'Commissariat de Lyon', reference: 'PV 2026/118' })]);
    // The other person named in that request is not hers to know.
    expect(disclosures?.[0]?.learnerIds).toEqual([claireId]);
  });

  it('gives her photo as an image file, named in the JSON', () => {
    const photo = json().tables.find((t) => t.entity === 'learnerPhotos')?.records[0];
    expect(photo?.bytes).toBe('fichiers/learnerPhotos-1-bytes.png');
    const png = files['fichiers/learnerPhotos-1-bytes.png'];
    expect([...(png ?? []).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('carries the cover letter and the access summary', () => {
    expect(strFromU8(files['lettre.html'] ?? new Uint8Array())).toContain('Réponse');
    expect(strFromU8(files['acces.csv'] ?? new Uint8Array())).toContain('agent;read;learners;phone;learner_request');
  });
});
