import { randomUUID } from 'node:crypto';
import { schema, selectRows } from '@vigie/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAll } from '../audit/sealer.ts';
import { verifyChain } from '../audit/verify.ts';
import { auditRowOf } from '../test/audit.ts';
import { insertEvents } from '../test/events.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { scanAll } from './scan.ts';

let h: Harness;
let dpo: Awaited<ReturnType<Harness['as']>>;
beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
  dpo = await h.as('dpo');
});
afterAll(() => h.close());

const asDpo = () => h.caller({ token: dpo.token, purpose: 'audit_review' });
const page = { pagination: { page: 1, perPage: 50 }, sort: { field: 'occurredAt', order: 'DESC' } } as const;

/** A read under "other" with no reference, sealed and judged: one pending flag. */
async function flaggedRead() {
  const [event] = await insertEvents(h, [
    { actorStaffId: randomUUID(), actorRole: 'agent', action: 'read', entity: 'learners', purposeCode: 'other', outcome: 'success' },
  ]);
  await sealAll(h.owner);
  await scanAll(h.owner);
  const { data } = await asDpo().api.anomalies.getList({ ...page, filter: { rule: 'other_without_reference', status: 'pending' } });
  const flag = data.find((f) => f.eventId === event?.id);
  if (!event || !flag) throw new Error('no flag');
  return { event, flag };
}

/** Every column of every audit row, as text: what a review must leave exactly as it was. */
const wholeLog = () => selectRows<{ row: string }>(h.owner, sql`SELECT e::text AS row FROM audit_events e ORDER BY id`);

describe('reviewing a flag', () => {
  it('keeps the note in its own table and never touches the audit log', async () => {
    const { event, flag } = await flaggedRead();
    const before = await wholeLog();
    const caller = asDpo();
    const { data } = await caller.api.anomalies.review({ id: flag.id, note: 'Appel vérifié avec le responsable.' });
    expect(data).toMatchObject({ status: 'reviewed', reviewNote: 'Appel vérifié avec le responsable.', reviewerName: 'Test dpo' });

    const after = await wholeLog();
    // The review's own audit row is the only change: appended, nothing before it altered.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length - before.length).toBe(1);
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({ action: 'review', entity: 'anomalies', entityIds: [String(flag.id)] });
    const [reviewed] = await h.owner.select().from(schema.auditEvents).where(eq(schema.auditEvents.id, event.id));
    expect(reviewed).toEqual(event);
    await sealAll(h.owner);
    expect((await verifyChain(h.owner)).firstBreak).toBeNull();
  });

  it('happens once: a second review is refused, and the run-time role cannot rewrite the first', async () => {
    const { flag } = await flaggedRead();
    await asDpo().api.anomalies.review({ id: flag.id, note: 'Première note' });
    await expect(asDpo().api.anomalies.review({ id: flag.id, note: 'Autre note' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      h.database.db.update(schema.anomalyReviews).set({ note: 'réécrite' }).where(eq(schema.anomalyReviews.flagId, flag.id)),
    ).rejects.toThrow();
    expect((await asDpo().api.anomalies.getOne({ id: flag.id })).data.reviewNote).toBe('Première note');
  });

  it('needs a note', async () => {
    const { flag } = await flaggedRead();
    await expect(asDpo().api.anomalies.review({ id: flag.id, note: ' ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('the rules screen', () => {
  it('shows the defaults and saves a new threshold', async () => {
    const { data } = await asDpo().api.anomalies.rules();
    expect(data.find((r) => r.id === 'bulk_reads')?.settings).toEqual({ maxLearners: 50, windowMinutes: 60 });
    const caller = asDpo();
    const saved = await caller.api.anomalies.updateRule({ id: 'bulk_reads', enabled: true, settings: { maxLearners: 80, windowMinutes: 60 } });
    expect(saved.data.find((r) => r.id === 'bulk_reads')?.settings).toEqual({ maxLearners: 80, windowMinutes: 60 });
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({ action: 'update', details: { rule: 'bulk_reads' } });
  });

  it('refuses a bad threshold, naming it', async () => {
    const update = asDpo().api.anomalies.updateRule({ id: 'off_hours', enabled: true, settings: { start: '19:00', end: '08:00' } });
    expect(await errorOf(update)).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { 'settings.end': [expect.any(String)] } } });
    const zone = asDpo().api.anomalies.updateRule({ id: 'off_hours', enabled: true, settings: { timeZone: 'Mars/Olympus' } });
    expect(await errorOf(zone)).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { 'settings.timeZone': [expect.any(String)] } } });
  });
});

describe('a read of a blocked learner in the queue', () => {
  it('names the learner and the staff member in French, and the names are an audited read', async () => {
    const [learner] = await h.owner
      .insert(schema.learners)
      .values({ lastName: 'Marchal', firstName: 'Julien', email: `julien-${randomUUID()}@example.org`, status: 'blocked' })
      .returning();
    if (!learner) throw new Error('no learner');
    const admin = await h.as('admin', { purpose: 'fraud_investigation' });
    await admin.api.learners.getOne({ id: learner.id });
    const list = h.caller({ token: admin.token, purpose: 'fraud_investigation' });
    await list.api.learners.getList({ pagination: { page: 1, perPage: 500 }, sort: { field: 'lastName', order: 'ASC' }, filter: { status: 'blocked' } });
    await sealAll(h.owner);
    await scanAll(h.owner);

    const caller = asDpo();
    const { data } = await caller.api.anomalies.getList({ ...page, filter: { rule: 'restricted_learner' } });
    const flags = data.filter((f) => f.actorStaffId === admin.member.id);
    expect(flags.map((f) => f.summary)).toEqual(['Ouverture de la fiche de Julien Marchal par Test admin']);
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({
      action: 'audit_read',
      subjectIds: expect.arrayContaining([`learner:${learner.id}`, `staff:${admin.member.id}`]),
      fields: expect.arrayContaining(['learners.firstName', 'learners.lastName']),
    });
  });
});
