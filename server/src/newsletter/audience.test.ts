import { schema } from '@vigie/db';
import { eq, ne } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';

let h: Harness;
let dpo: Awaited<ReturnType<Harness['as']>>;
let agent: Awaited<ReturnType<Harness['as']>>;

beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
  dpo = await h.as('dpo');
  agent = await h.as('agent');
});
afterAll(() => h.close());

const person = fc.record({
  kind: fc.constantFrom('learner', 'prospect'),
  consent: fc.boolean(),
  restricted: fc.boolean(),
  erased: fc.boolean(),
  objected: fc.boolean(),
});
type Person = typeof person extends fc.Arbitrary<infer P> ? P : never;

async function recordObjection(learnerId: string) {
  const [request] = await h.owner
    .insert(schema.subjectRequests)
    .values({ types: ['objection'], requesterName: 'X', channel: 'email', learnerId, receivedAt: '2026-12-01', dueAt: '2026-12-31', createdBy: dpo.member.id })
    .returning();
  await h.owner.insert(schema.subjectRequestEvents).values({
    requestId: request?.id ?? '',
    learnerId,
    staffId: dpo.member.id,
    kind: 'objection_recorded',
    details: { processing: 'newsletter' },
  });
}

async function insertLearnerPerson(p: Person, email: string) {
  const learner = await insertLearner(h.owner, {
    email,
    newsletterConsent: p.consent,
    restrictedAt: p.restricted ? new Date() : null,
    status: p.erased ? 'erased' : 'active',
  });
  if (p.objected) await recordObjection(learner.id);
  return { subject: `learner:${learner.id}`, email };
}

/**
 * A prospect objects by withdrawing consent on their record, and is erased by deletion; their
 * processing is restricted where the same person, as a learner, is.
 */
async function insertProspectPerson(p: Person, email: string) {
  const [prospect] = await h.owner
    .insert(schema.prospects)
    .values({ fullName: `Prospect ${email}`, phone: '06 00 00 00 00', email, newsletterConsent: p.consent })
    .returning();
  const id = prospect?.id ?? '';
  if (p.objected) await h.owner.update(schema.prospects).set({ newsletterConsent: false }).where(eq(schema.prospects.id, id));
  if (p.erased) await h.owner.delete(schema.prospects).where(eq(schema.prospects.id, id));
  if (p.restricted) await insertLearner(h.owner, { email: email.toUpperCase(), restrictedAt: new Date() });
  return { subject: `prospect:${id}`, email };
}

const insertPerson = (p: Person, tag: string) =>
  p.kind === 'learner' ? insertLearnerPerson(p, `${tag}@exemple.fr`) : insertProspectPerson(p, `${tag}@exemple.fr`);

describe('newsletter.audience', () => {
  it('never contains an objector, a restricted or an erased person, learner or prospect, and contains every other consenting one', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 6 }), async (people) => {
        run += 1;
        await h.owner.update(schema.learners).set({ newsletterConsent: false });
        await h.owner.update(schema.prospects).set({ newsletterConsent: false });
        const inserted = await Promise.all(people.map((p, i) => insertPerson(p, `run${run}-p${i}`)));
        const caller = h.caller({ token: dpo.token });
        const { data } = await caller.api.newsletter.audience();
        const emails = data.csv.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(';')[0]);
        const expected = inserted.filter((_, i) => {
          const p = people[i];
          return p && p.consent && !p.restricted && !p.erased && !p.objected;
        });
        expect(emails.sort()).toEqual(expected.map((r) => r.email).sort());
        expect(data.count).toBe(expected.length);
        const row = await auditRowOf(h, caller.request.requestId);
        expect(row).toMatchObject({ action: 'transfer', purposeCode: 'newsletter', details: { processorId: data.processorId } });
        expect(row.subjectIds.sort()).toEqual(expected.map((r) => r.subject).sort());
        // Ids, never addresses.
        for (const r of inserted) expect(JSON.stringify(row)).not.toContain(r.email);
      }),
      { numRuns: 20 },
    );
  });

  it("is Brevo's import format, and the processor's page shows the last transfer and its count", async () => {
    await h.owner.update(schema.learners).set({ newsletterConsent: false });
    await h.owner.update(schema.prospects).set({ newsletterConsent: false });
    await insertLearner(h.owner, { email: 'ana@exemple.fr', firstName: 'Ana', lastName: 'Lima', newsletterConsent: true });
    await h.owner.insert(schema.prospects).values({ fullName: 'Jo Prost', phone: '06 00 00 00 01', email: 'jo@exemple.fr', newsletterConsent: true });
    // The same person as a learner and a prospect gets one line.
    await h.owner.insert(schema.prospects).values({ fullName: 'Ana Lima', phone: '06 00 00 00 02', email: 'Ana@exemple.fr', newsletterConsent: true });
    const caller = h.caller({ token: dpo.token });
    const { data } = await caller.api.newsletter.audience();
    expect(data.csv).toBe('EMAIL;PRENOM;NOM\r\nana@exemple.fr;Ana;Lima\r\njo@exemple.fr;;Jo Prost\r\n');
    expect((await auditRowOf(h, caller.request.requestId)).fields).toEqual(['email', 'firstName', 'lastName', 'prospects.email', 'prospects.fullName']);
    expect(data.processorName).toBe('Brevo (ex-Sendinblue)');
    const last = await h.caller({ token: agent.token }).api.newsletter.lastTransfer({ processorId: data.processorId });
    expect(last).toMatchObject({ data: { recipientCount: 2, transferredAt: data.transferredAt }, receivesNewsletter: true });
    const [stored] = await h.owner.select().from(schema.processorTransfers).where(eq(schema.processorTransfers.processorId, data.processorId));
    expect(stored).toBeDefined();
    // Another processor's page offers no export: the audience does not go there.
    const [other] = await h.owner.select({ id: schema.processors.id }).from(schema.processors).where(ne(schema.processors.id, data.processorId)).limit(1);
    const elsewhere = await h.caller({ token: agent.token }).api.newsletter.lastTransfer({ processorId: other?.id ?? '' });
    expect(elsewhere).toEqual({ data: null, receivesNewsletter: false });
  });

  it('is the DPO’s alone', async () => {
    await expect(h.caller({ token: agent.token }).api.newsletter.audience()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
