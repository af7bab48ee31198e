import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseAuditRowsReferencing } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';

let h: Harness;
const FAIL_REF = 'audit-insert-must-fail';

beforeAll(async () => {
  h = await createHarness();
  await refuseAuditRowsReferencing(h, 'test_audit_fails', FAIL_REF);
});
afterAll(() => h.close());

const rowsOf = (requestId: string) =>
  h.owner.select().from(schema.auditEvents).where(eq(schema.auditEvents.requestId, requestId));

describe('the audited gateway', () => {
  it('writes a list row naming every subject returned, with purpose and reference', async () => {
    await Promise.all([h.staffMember('agent'), h.staffMember('dpo'), h.staffMember('manager')]);
    const { api, request } = await h.as('admin', { purpose: 'administration', purposeRef: 'TICKET-42' });
    const page = await api.staff.getList({ pagination: { page: 1, perPage: 3 }, sort: { field: 'createdAt', order: 'DESC' } });
    const [row] = await rowsOf(request.requestId);
    expect(page.data).toHaveLength(3);
    expect(row).toMatchObject({
      action: 'list',
      entity: 'staff',
      procedure: 'staff.getList',
      purposeCode: 'administration',
      purposeRef: 'TICKET-42',
      outcome: 'success',
    });
    expect(row?.subjectIds.sort()).toEqual(page.data.map((s) => `staff:${s.id}`).sort());
    expect(row?.fields).toEqual(['displayName', 'email']);
  });

  it('writes a read row with the fields returned', async () => {
    const target = await h.staffMember('agent');
    const { api, request, member } = await h.as('admin');
    await api.staff.getOne({ id: target.id });
    expect(await rowsOf(request.requestId)).toMatchObject([
      { action: 'read', entityIds: [target.id], subjectIds: [`staff:${target.id}`], fields: ['displayName', 'email'], actorStaffId: member.id, actorRole: 'admin' },
    ]);
  });

  it('records which filters a search used, never the text typed', async () => {
    const { api, request } = await h.as('admin');
    await api.staff.getList({
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'email', order: 'ASC' },
      filter: { q: 'dupont-secret', role: 'agent' },
    });
    const [row] = await rowsOf(request.requestId);
    expect(row).toMatchObject({ action: 'search', details: { filters: ['q', 'role'] } });
    expect(JSON.stringify(row)).not.toContain('dupont-secret');
  });

  it('refuses a personal-data read without a purpose, with a clear message and no row', async () => {
    const { api, request } = await h.as('admin', { purpose: null });
    await expect(api.staff.getList({ pagination: { page: 1, perPage: 5 }, sort: { field: 'email', order: 'ASC' } }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/^Motif d'accès manquant/) });
    expect(await rowsOf(request.requestId)).toEqual([]);
  });

  it('refuses an unknown purpose', async () => {
    const { api } = await h.as('admin', { purpose: 'curiosity' });
    await expect(api.staff.getOne({ id: (await h.staffMember('agent')).id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^Motif d'accès inconnu/),
    });
  });

  it('fails closed: no audit row, no data', async () => {
    const target = await h.staffMember('agent');
    const { api, request } = await h.as('admin', { purposeRef: FAIL_REF });
    const outcome = await api.staff.getOne({ id: target.id }).then(
      (data) => ({ data }),
      (error: { code: string }) => ({ error: error.code }),
    );
    expect(outcome).toEqual({ error: 'INTERNAL_SERVER_ERROR' });
    expect(await rowsOf(request.requestId)).toEqual([]);
  });

  it('rolls a change back when its audit row cannot be written', async () => {
    const target = await h.staffMember('agent');
    const { api } = await h.as('admin', { purposeRef: FAIL_REF });
    await expect(api.staff.update({ id: target.id, data: { displayName: 'Changed' } })).rejects.toThrow();
    const [after] = await h.owner.select().from(schema.staffUsers).where(eq(schema.staffUsers.id, target.id));
    expect(after?.displayName).toBe(target.displayName);
  });

  it('names only the fields an update changed', async () => {
    const target = await h.staffMember('agent');
    const { api, request } = await h.as('admin');
    await api.staff.update({
      id: target.id,
      data: { email: target.email, displayName: 'Nouveau Nom', role: 'agent', disabled: false },
    });
    expect(await rowsOf(request.requestId)).toMatchObject([{ action: 'update', fields: ['displayName'] }]);
  });
});
