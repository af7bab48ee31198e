import { schema } from '@vigie/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf, auditRowsOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { serveApi, sessionCookieOf } from '../test/http.ts';
import { insertLearner } from '../test/records.ts';
import { runRequestedVerification } from './integrity.ts';
import { sealAll, writeCheckpoint } from './sealer.ts';

let h: Harness;
let dpo: Awaited<ReturnType<Harness['as']>>;
// Verifications read the whole chain, which is global to a database: this file gets one of its own.
beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
  dpo = await h.as('dpo');
});
afterAll(() => h.close());

const asDpo = () => h.caller({ token: dpo.token, purpose: 'audit_review', purposeRef: 'CONTROLE-3' });
const page = { pagination: { page: 1, perPage: 25 }, sort: { field: 'occurredAt', order: 'DESC' } } as const;

/** An agent reads a learner under a ticket, then corrects her phone. */
async function agentJourney() {
  const learner = await insertLearner(h.owner, { phone: '06 12 34 56 78' });
  const agent = await h.as('agent', { purpose: 'learner_request', purposeRef: 'TICKET-9' });
  await agent.api.learners.getOne({ id: learner.id });
  await agent.api.learners.update({ id: learner.id, data: { phone: '07 98 76 54 32' } });
  return { learner, agent };
}

describe("a learner's access history", () => {
  it("lists the agent's read and change with purpose, reference and fields, and is itself an audit_read naming the learner", async () => {
    const { learner, agent } = await agentJourney();
    const caller = asDpo();
    const history = await caller.api.audit.getManyReference({ ...page, target: 'learnerId', id: learner.id });
    expect(history.data.map((e) => [e.action, e.actorStaffId, e.actorName, e.purposeCode, e.purposeRef])).toEqual([
      ['update', agent.member.id, 'Test agent', 'learner_request', 'TICKET-9'],
      ['read', agent.member.id, 'Test agent', 'learner_request', 'TICKET-9'],
    ]);
    expect(history.data[0]?.fields).toEqual(['phone']);
    expect(JSON.stringify(history)).not.toContain('98 76');
    expect(history).toMatchObject({ pageInfo: { hasNextPage: false, hasPreviousPage: false } });
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({
      action: 'audit_read',
      entity: 'audit',
      procedure: 'audit.getManyReference',
      actorStaffId: dpo.member.id,
      subjectIds: expect.arrayContaining([`learner:${learner.id}`, `staff:${agent.member.id}`]),
      fields: ['ip', 'staff.displayName', 'userAgent'],
      purposeCode: 'audit_review',
      purposeRef: 'CONTROLE-3',
      outcome: 'success',
    });
  });

  it('is the journal filtered on the learner, where the look at her history shows too', async () => {
    const { learner } = await agentJourney();
    const byReference = await asDpo().api.audit.getManyReference({ ...page, target: 'learnerId', id: learner.id });
    const byFilter = await asDpo().api.audit.getList({ ...page, filter: { learnerId: learner.id } });
    const [look, ...rest] = byFilter.data;
    expect(look).toMatchObject({ action: 'audit_read', procedure: 'audit.getManyReference', actorStaffId: dpo.member.id });
    expect(rest.map((e) => e.id)).toEqual(byReference.data.map((e) => e.id));
  });
});

describe('every screen of the console is an audit_read', () => {
  it.each([
    ['audit.getList', (api: Api) => api.audit.getList(page)],
    ['audit.getOne', async (api: Api) => api.audit.getOne({ id: (await api.audit.getList(page)).data[0]?.id ?? 0 })],
    ['audit.activity', (api: Api) => api.audit.activity({ staffId: dpo.member.id, from: '2025-01-01', until: '2025-12-31' })],
    ['audit.integrity', (api: Api) => api.audit.integrity()],
    ['audit.readsPerDay', (api: Api) => api.audit.readsPerDay()],
    ['audit.staff', (api: Api) => api.audit.staff()],
    ['anomalies.getList', (api: Api) => api.anomalies.getList(page)],
    ['anomalies.rules', (api: Api) => api.anomalies.rules()],
  ] as const)('%s', async (procedure, open) => {
    const caller = asDpo();
    await open(caller.api);
    const rows = (await auditRowsOf(h, caller.request.requestId)).filter((r) => r.procedure === procedure);
    expect(rows).toMatchObject([{ action: 'audit_read', actorStaffId: dpo.member.id, purposeCode: 'audit_review' }]);
  });

  it('reads under the audit review, whatever purpose the session picked for other screens', async () => {
    const caller = h.caller({ token: dpo.token, purpose: 'dsr' });
    await caller.api.audit.getList(page);
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({ action: 'audit_read', purposeCode: 'audit_review' });
  });
});
type Api = ReturnType<Harness['caller']>['api'];

describe("a staff member's activity", () => {
  it('counts reads and changes per day in Paris', async () => {
    const { agent } = await agentJourney();
    await agentJourney();
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    const { data } = await asDpo().api.audit.activity({ staffId: agent.member.id, from: today, until: today });
    expect(data).toEqual([{ day: today, reads: 1, changes: 1, denied: 0, total: 3 }]);
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(
      asDpo().api.audit.activity({ staffId: dpo.member.id, from: '2025-02-01', until: '2025-01-01' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('integrity', () => {
  it('runs a verification asked for from the console, with progress, and shows it with the latest checkpoint', async () => {
    await sealAll(h.owner);
    const checkpoint = await writeCheckpoint(h.owner);
    const caller = asDpo();
    const { data: run } = await caller.api.audit.verify();
    expect(run).toMatchObject({ state: 'waiting', rowsChecked: 0 });
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({ action: 'audit_verify', entity: 'audit' });
    // A second click while it waits is the same run.
    expect((await asDpo().api.audit.verify()).data.id).toBe(run.id);

    expect(await runRequestedVerification(h.owner)).toBe(run.id);
    const { data: done } = await asDpo().api.audit.verification({ id: run.id });
    expect(done).toMatchObject({ state: 'done', ok: true, firstBrokenSeq: null });
    expect(done.rowsChecked).toBeGreaterThanOrEqual(checkpoint?.seq ?? 1);
    expect(done.rowsChecked).toBe(done.rowsTotal);

    const status = await asDpo().api.audit.integrity();
    expect(status.head?.seq).toBeGreaterThanOrEqual(checkpoint?.seq ?? 1);
    expect(status.lastVerification).toMatchObject({ ok: true, rowsChecked: done.rowsChecked });
    expect(status.checkpoint?.line).toBe(`${checkpoint?.seq}:${checkpoint?.hash}`);
    expect(status.run?.id).toBe(run.id);
  });
});

describe('the CSV extract', () => {
  it('streams the rows of a learner, after an export row naming her', async () => {
    const { learner } = await agentJourney();
    const api = await serveApi(h.services);
    try {
      const dpoStaff = await h.staffMember('dpo');
      const cookie = sessionCookieOf(await api.login(dpoStaff.email));
      const headers = { cookie, 'x-vigie-csrf': '1', 'x-vigie-purpose': 'audit_review', 'x-vigie-purpose-ref': 'DSR-12' };
      const res = await fetch(`${api.base}/audit/extract.csv?learnerId=${learner.id}`, { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const lines = (await res.text()).trim().split('\r\n');
      expect(lines[0]).toContain('date;personne;nom;rôle;action');
      // Oldest first, down to the extract's own row, committed before the first byte; in the journal's words.
      const cells = lines.slice(1).map((l) => l.split(';'));
      expect(cells.map((c) => c[4])).toEqual(['Consultation', 'Modification', 'Export']);
      expect(cells.map((c) => c[6])).toEqual(['Stagiaires', 'Stagiaires', "Journal d'accès"]);
      expect(cells[1]?.[9]).toBe('Téléphone');
      expect(cells[0]?.[9]).toContain('Prénom, ');
      expect(cells.map((c) => c[12])).toEqual(['Réussi', 'Réussi', 'Réussi']);
      const [row] = await h.owner.select().from(schema.auditEvents).where(eq(schema.auditEvents.requestId, res.headers.get('x-request-id') ?? ''));
      expect(row).toMatchObject({ action: 'export', entity: 'audit', subjectIds: [`learner:${learner.id}`], purposeRef: 'DSR-12' });

      const bad = await fetch(`${api.base}/audit/extract.csv?from=2025-01-01`, { headers });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { data: { code: 'BAD_REQUEST', fields: { from: [expect.any(String)] } } } });

      const agent = await h.staffMember('agent');
      const agentHeaders = { ...headers, cookie: sessionCookieOf(await api.login(agent.email)) };
      const refused = await fetch(`${api.base}/audit/extract.csv?learnerId=${learner.id}`, { headers: agentHeaders });
      expect(refused.status).toBe(403);
      const denied = await h.owner.select().from(schema.auditEvents).where(eq(schema.auditEvents.requestId, refused.headers.get('x-request-id') ?? ''));
      expect(denied).toMatchObject([{ action: 'denied', actorStaffId: agent.id, procedure: 'audit.extract' }]);
      expect(await refused.text()).not.toContain(learner.id);
    } finally {
      await api.close();
    }
  });
});

describe('only the DPO opens the console', () => {
  it.each(['agent', 'admin', 'manager'] as const)('%s gets 403 and an audit row', async (role) => {
    const { api, request, member } = await h.as(role, { purpose: 'administration' });
    await expect(api.audit.getList(page)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(api.anomalies.getList(page)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rows = await auditRowsOf(h, request.requestId);
    expect(rows.map((r) => [r.action, r.procedure, r.actorStaffId])).toEqual([
      ['denied', 'audit.getList', member.id],
      ['denied', 'anomalies.getList', member.id],
    ]);
    const [events] = await h.owner.select({ n: count() }).from(schema.auditEvents);
    expect(events?.n).toBeGreaterThan(0);
  });
});
