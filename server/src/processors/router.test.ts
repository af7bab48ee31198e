import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf, auditRowsOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { CONTRACT_MAX_BYTES } from './contract.ts';
import type { ProcessorData } from './schemas.ts';

let h: Harness;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  for (const role of ['dpo', 'admin', 'agent', 'manager'] as const) tokens[role] = (await h.as(role)).token;
  h.clock.now = new Date('2026-03-01T10:00:00Z');
});
afterAll(() => h.close());

const as = (role: string) => h.caller({ token: tokens[role], purpose: 'registers' });
const page = { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } } as const;

export const pdf = (size = 2048) => {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write('%PDF-1.7\n');
  return bytes;
};

/** A processor with nothing to flag once its signed copy is uploaded. */
const input = (changes: Partial<ProcessorData> = {}) => ({
  name: `Traducteurs ${randomUUID().slice(0, 8)}`,
  service: 'Traduction des supports de cours',
  role: 'processor' as const,
  country: 'de',
  dataCategories: ['identity', 'pedagogical'] as ProcessorData['dataCategories'],
  purposes: ['Traduction', ''],
  contractSignedOn: '2025-06-01',
  contractReviewOn: '2027-06-01',
  securityMeasures: ['Chiffrement au repos'],
  contactName: 'Inès Vautrin',
  contactEmail: 'Ines.Vautrin@traducteurs.example',
  contactPhone: '+49 30 1234567',
  ...changes,
});

async function createProcessor(changes: Partial<ProcessorData> = {}) {
  return (await as('dpo').api.processors.create({ data: input(changes) as ProcessorData })).data;
}

describe('the processors seeded from the privacy notice', () => {
  it('are Google, Brevo (Sendinblue), a language school and an IT provider, as the notice describes them', async () => {
    const { data } = await as('dpo').api.processors.getList({ ...page, filter: {} });
    const seeded = (name: string) => data.find((p) => p.name === name);
    expect(seeded('Google (Google Analytics)')).toMatchObject({
      country: 'US',
      euEea: false,
      safeguard: 'scc',
      safeguardVersion: expect.stringContaining('2021/914'),
      dataCategories: ['access_log'],
      securityMeasures: expect.arrayContaining([
        expect.stringContaining('Anonymisation de l’adresse IP'),
        expect.stringContaining('14 mois'),
      ]),
    });
    expect(seeded('Brevo (ex-Sendinblue)')).toMatchObject({
      country: 'FR',
      euEea: true,
      service: expect.stringContaining('lettre d’information'),
      securityMeasures: expect.arrayContaining([
        'Données archivées sur des serveurs en France',
        'Pare-feu multi-niveaux',
        'Data centers Tier 3 certifiés PCI DSS',
      ]),
    });
    expect(seeded('École de langues partenaire')).toMatchObject({ service: 'Formation sur site', country: 'FR' });
    expect(seeded('Prestataire informatique (hébergement)')).toMatchObject({ service: expect.stringContaining('Hébergement') });
    // Seeded without the signed copies (the notice only says the contracts exist): the DPO must file them.
    expect(seeded('Google (Google Analytics)')?.checks).toEqual([{ code: 'no_signed_contract', severity: 'error' }]);
  });
});

describe('processors: roles', () => {
  it('show agents the contact person, audited as a read of that person', async () => {
    const created = await createProcessor();
    const { api, request } = as('agent');
    const { data } = await api.processors.getOne({ id: created.id });
    expect(data).toMatchObject({ contactName: 'Inès Vautrin', contactEmail: 'ines.vautrin@traducteurs.example' });
    expect(await auditRowOf(h, request.requestId)).toMatchObject({
      action: 'read',
      entity: 'processors',
      subjectIds: [`processor_contact:${created.id}`],
      fields: ['contactEmail', 'contactName', 'contactPhone'],
    });
  });

  it('show managers processors without their contact persons, and the audit names nobody', async () => {
    const created = await createProcessor();
    const { api, request } = as('manager');
    const { data } = await api.processors.getList({ ...page, filter: { q: created.name } });
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ id: created.id, name: created.name, country: 'DE' });
    for (const field of ['contactName', 'contactEmail', 'contactPhone']) expect(data[0]).not.toHaveProperty(field);
    expect(JSON.stringify(data)).not.toContain('Vautrin');
    expect(await auditRowOf(h, request.requestId)).toMatchObject({ subjectIds: [], fields: [] });
  });

  it('let the DPO and admins edit, and nobody else', async () => {
    const created = await createProcessor();
    const updated = await as('admin').api.processors.update({
      id: created.id,
      data: input({ name: created.name, status: 'ended' }) as ProcessorData,
    });
    expect(updated.data.status).toBe('ended');
    for (const role of ['agent', 'manager']) {
      await expect(as(role).api.processors.create({ data: input() as ProcessorData })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(as(role).api.processors.uploadContract({ id: created.id, base64: pdf().toString('base64') })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});

describe('processors: the signed contract', () => {
  it('takes a PDF, hands it back to the DPO, and silences the "no signed contract" check', async () => {
    const created = await createProcessor();
    expect(created.checks).toEqual([{ code: 'no_signed_contract', severity: 'error' }]);
    const file = pdf(300_000);
    const { api } = as('dpo');
    await expect(api.processors.uploadContract({ id: created.id, base64: file.toString('base64') })).resolves.toMatchObject({
      data: { id: created.id, sizeBytes: 300_000 },
    });
    const { data } = await api.processors.getOne({ id: created.id });
    expect(data.checks).toEqual([]);
    expect(data.contractFile).toMatchObject({ sizeBytes: 300_000 });
    const download = await api.processors.getContract({ id: created.id });
    expect(Buffer.from(download.data.base64, 'base64').equals(file)).toBe(true);
  });

  it('refuses what is not a PDF, and a 50 MB PDF, with BAD_REQUEST on the file', async () => {
    const created = await createProcessor();
    const { api } = as('dpo');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await errorOf(api.processors.uploadContract({ id: created.id, base64: png.toString('base64') }))).data).toMatchObject({
      code: 'BAD_REQUEST',
      fields: { base64: ["Le fichier n'est pas un PDF."] },
    });
    const huge = pdf(50 * 1024 * 1024).toString('base64');
    expect((await errorOf(api.processors.uploadContract({ id: created.id, base64: huge }))).data).toMatchObject({
      code: 'BAD_REQUEST',
      fields: { base64: ['PDF trop lourd : 10 Mo au plus.'] },
    });
    const justOver = pdf(CONTRACT_MAX_BYTES + 1).toString('base64');
    await expect(api.processors.uploadContract({ id: created.id, base64: justOver })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await api.processors.getOne({ id: created.id })).data.contractFile).toBeNull();
  });
});

describe('processors: checks on the processor page and the dashboard', () => {
  it('fire on crafted cases and stay quiet on a clean one', async () => {
    const { api } = as('dpo');
    const clean = await createProcessor();
    await api.processors.uploadContract({ id: clean.id, base64: pdf().toString('base64') });
    const transfer = await createProcessor({ country: 'US', safeguard: 'none' });
    const review = await createProcessor({ contractReviewOn: '2026-04-15' });
    await api.processors.uploadContract({ id: review.id, base64: pdf().toString('base64') });

    const alerts = (await as('admin').api.processors.alerts()).data;
    const alertOf = (id: string) => alerts.find((a) => a.id === id)?.checks.map((c) => c.code);
    expect(alertOf(clean.id)).toBeUndefined();
    expect(alertOf(transfer.id)).toEqual(['transfer_without_safeguard', 'no_signed_contract']);
    expect(alertOf(review.id)).toEqual(['contract_review_due']);
    expect((await api.processors.getOne({ id: review.id })).data.checks).toEqual([
      { code: 'contract_review_due', severity: 'warning' },
    ]);
  });
});

describe('processors: bad input is a BAD_REQUEST naming the field, and nothing is written', () => {
  const rejects = async (data: Record<string, unknown>, field: string) => {
    const { api, request } = as('dpo');
    const name = `Refusé ${randomUUID()}`;
    const error = await errorOf(api.processors.create({ data: input({ name, ...data }) as ProcessorData }));
    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', fields: { [field]: [expect.any(String)] } });
    expect(await auditRowsOf(h, request.requestId)).toEqual([]);
    expect(await as('dpo').api.processors.getList({ ...page, filter: { q: name } })).toMatchObject({ total: 0 });
  };

  it('an unknown data category', () => rejects({ dataCategories: ['identity', 'shoe_size'] }, 'data.dataCategories.1'));
  it('a review date before the signature', () => rejects({ contractReviewOn: '2025-05-31' }, 'data.contractReviewOn'));
  it('standard clauses without their version', () => rejects({ country: 'US', safeguard: 'scc' }, 'data.safeguardVersion'));
  it('a sub-processor without its processor', () => rejects({ role: 'sub_processor' }, 'data.parentId'));
  it('a name already taken', async () => {
    const taken = await createProcessor();
    await rejects({ name: taken.name.toUpperCase() }, 'data.name');
  });
  it('an unknown activity', () => rejects({ activityIds: [randomUUID()] }, 'data.activityIds'));
});
