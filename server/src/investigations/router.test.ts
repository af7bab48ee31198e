import { schema } from '@vigie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOM } from '@vigie/domain/csv';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';

let h: Harness;
const CASE = 'FRAUDE-2026-07';
const REASON = 'Vérifier si le compte est partagé avec un tiers.';
let suspect: { id: string };
let other: { id: string };
let stranger: { id: string };

const signIn = (learnerId: string, at: string, ip: string, browser = 'Chrome 131.0', os = 'Windows 11') => ({
  learnerId, occurredAt: new Date(at), ip, browser, os, screen: '1920x1080', referrer: null,
});

beforeAll(async () => {
  h = await createHarness();
  h.clock.now = new Date('2026-06-30T12:00:00Z');
  suspect = await insertLearner(h.owner, { lastName: 'Marchal', firstName: 'Julien', status: 'blocked' });
  other = await insertLearner(h.owner, { lastName: 'Roussel', firstName: 'Inès' });
  stranger = await insertLearner(h.owner, { lastName: 'Durand', firstName: 'Paul' });
  await h.owner.insert(schema.platformAccessLogs).values([
    // Older than six months: outside the window, whatever the purge has done yet.
    signIn(suspect.id, '2025-12-01T10:00:00Z', '198.18.9.99'),
    signIn(suspect.id, '2026-05-01T10:00:00Z', '198.18.9.20', 'Firefox 133.0', 'Ubuntu 24.04'),
    signIn(suspect.id, '2026-06-20T02:00:00Z', '198.18.9.7'),
    signIn(suspect.id, '2026-06-25T03:00:00Z', '198.18.9.7'),
    signIn(other.id, '2026-06-22T02:30:00Z', '198.18.9.7'),
    // Seen from the old address only, before the window: not another learner of this case.
    signIn(stranger.id, '2025-12-02T10:00:00Z', '198.18.9.99'),
  ]);
});
afterAll(() => h.close());

const investigator = (role: 'admin' | 'dpo' = 'admin', purposeRef: string | null = CASE) =>
  h.as(role, { purpose: 'administration', purposeRef });

describe('a fraud investigation', () => {
  it('shows the last known IP, the sign-ins of the window, first and last seen per IP, devices, and others as a count', async () => {
    const admin = await investigator();
    const { data } = await admin.api.investigations.getOne({ learnerId: suspect.id });
    expect(data).toMatchObject({ lastIp: '198.18.9.7', lastSeen: '2026-06-25T03:00:00.000Z' });
    expect(data.signIns.map((s) => s.ip)).toEqual(['198.18.9.7', '198.18.9.7', '198.18.9.20']);
    expect(data.ips).toEqual([
      { ip: '198.18.9.7', count: 2, firstSeen: '2026-06-20T02:00:00.000Z', lastSeen: '2026-06-25T03:00:00.000Z' },
      { ip: '198.18.9.20', count: 1, firstSeen: '2026-05-01T10:00:00.000Z', lastSeen: '2026-05-01T10:00:00.000Z' },
    ]);
    expect(data.devices.map((d) => [d.browser, d.os, d.count])).toEqual([['Chrome 131.0', 'Windows 11', 2], ['Firefox 133.0', 'Ubuntu 24.04', 1]]);
    expect(data.others).toEqual({ count: 1, labels: [{ label: 'Stagiaire A', sharedIps: 1 }] });
    expect(JSON.stringify(data)).not.toContain(other.id);
    // Filed under the case, as the investigation's purpose, naming the learner investigated only.
    expect(await auditRowOf(h, admin.request.requestId)).toMatchObject({
      action: 'read',
      entity: 'accessLogs',
      purposeCode: 'fraud_investigation',
      purposeRef: CASE,
      subjectIds: [`learner:${suspect.id}`],
    });
  });

  it('reveals the other learners on a reason, in a read of its own naming each of them', async () => {
    const admin = await investigator();
    await expect(admin.api.investigations.reveal({ learnerId: suspect.id, reason: 'voir' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const caller = h.caller({ token: admin.token, purpose: 'administration', purposeRef: CASE });
    const { data } = await caller.api.investigations.reveal({ learnerId: suspect.id, reason: REASON });
    expect(data).toEqual([
      expect.objectContaining({ label: 'Stagiaire A', learnerId: other.id, lastName: 'Roussel', firstName: 'Inès', sharedIps: ['198.18.9.7'] }),
    ]);
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({
      action: 'read',
      entity: 'learners',
      purposeCode: 'fraud_investigation',
      purposeRef: CASE,
      subjectIds: [`learner:${other.id}`],
      fields: expect.arrayContaining(['lastName', 'firstName', 'email', 'accessLogs.ip']),
      details: { reason: REASON, investigated: `learner:${suspect.id}`, revealed: 1 },
    });
  });

  it('searches sign-ins by IP or network across learners, audited without the address typed', async () => {
    const dpo = await investigator('dpo');
    const { data } = await dpo.api.investigations.searchIp({ ip: '198.18.9.' });
    expect(new Set(data.map((d) => d.learnerId))).toEqual(new Set([suspect.id, other.id]));
    const row = await auditRowOf(h, dpo.request.requestId);
    expect(row).toMatchObject({ action: 'search', purposeRef: CASE, details: { filters: ['ip'], matches: 4 } });
    expect(JSON.stringify(row)).not.toContain('198.18.9.');
    const bad = h.caller({ token: dpo.token, purposeRef: CASE }).api.investigations.searchIp({ ip: "1' OR 1=1" });
    await expect(bad).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('exports the investigation as a French CSV, audited as an export', async () => {
    const admin = await investigator();
    const { data } = await admin.api.investigations.export({ learnerId: suspect.id });
    expect(data.filename).toBe(`enquete-${CASE}.csv`);
    expect(data.csv.startsWith(`${BOM}Rubrique;Valeur;`)).toBe(true);
    expect(data.csv).toContain('Adresse IP;198.18.9.7;;2;');
    expect(data.csv).not.toContain('198.18.9.99');
    expect(await auditRowOf(h, admin.request.requestId)).toMatchObject({ action: 'export', purposeRef: CASE, subjectIds: [`learner:${suspect.id}`] });
  });

  it('files every step in the journal under the case reference', async () => {
    const dpo = await h.as('dpo', { purpose: 'audit_review' });
    const { data } = await dpo.api.audit.getList({
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'occurredAt', order: 'ASC' },
      filter: { purposeRef: CASE },
    });
    const steps = data.filter((row) => row.procedure?.startsWith('investigations.')).map((row) => row.procedure);
    expect(steps).toEqual(['investigations.getOne', 'investigations.reveal', 'investigations.searchIp', 'investigations.export']);
    expect(data.every((row) => row.purposeCode === 'fraud_investigation')).toBe(true);
  });

  it('needs a case reference, and is no agent’s or manager’s', async () => {
    const admin = await investigator('admin', null);
    await expect(admin.api.investigations.getOne({ learnerId: suspect.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Référence du dossier'),
    });
    for (const role of ['agent', 'manager'] as const) {
      const { api } = await h.as(role, { purposeRef: CASE });
      await expect(api.investigations.getOne({ learnerId: suspect.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
