import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
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
  consent: fc.boolean(),
  restricted: fc.boolean(),
  erased: fc.boolean(),
  objected: fc.boolean(),
});

async function insertPerson(p: { consent: boolean; restricted: boolean; erased: boolean; objected: boolean }, tag: string) {
  const learner = await insertLearner(h.owner, {
    email: `${tag}@exemple.fr`,
    newsletterConsent: p.consent,
    restrictedAt: p.restricted ? new Date() : null,
    status: p.erased ? 'erased' : 'active',
  });
  if (p.objected) {
    const [request] = await h.owner
      .insert(schema.subjectRequests)
      .values({ types: ['objection'], requesterName: 'X', channel: 'email', learnerId: learner.id, receivedAt: '2026-12-01', dueAt: '2026-12-31', createdBy: dpo.member.id })
      .returning();
    await h.owner.insert(schema.subjectRequestEvents).values({
      requestId: request?.id ?? '',
      learnerId: learner.id,
      staffId: dpo.member.id,
      kind: 'objection_recorded',
      details: { processing: 'newsletter' },
    });
  }
  return learner;
}

describe('newsletter.audience', () => {
  it('never contains an objector, a restricted or an erased person, and contains every other consenting one', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 6 }), async (people) => {
        run += 1;
        await h.owner.update(schema.learners).set({ newsletterConsent: false });
        const inserted = await Promise.all(people.map((p, i) => insertPerson(p, `run${run}-p${i}`)));
        const caller = h.caller({ token: dpo.token });
        const { data } = await caller.api.newsletter.audience();
        const emails = data.csv.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(';')[0]);
        const expected = inserted.filter((_, i) => {
          const p = people[i];
          return p && p.consent && !p.restricted && !p.erased && !p.objected;
        });
        expect(emails.sort()).toEqual(expected.map((l) => l.email).sort());
        expect(data.count).toBe(expected.length);
        const row = await auditRowOf(h, caller.request.requestId);
        expect(row).toMatchObject({ action: 'transfer', purposeCode: 'newsletter', details: { processorId: data.processorId } });
        expect(row.subjectIds.sort()).toEqual(expected.map((l) => `learner:${l.id}`).sort());
        // Ids, never addresses.
        for (const l of inserted) expect(JSON.stringify(row)).not.toContain(l.email);
      }),
      { numRuns: 15 },
    );
  });

  it("is Brevo's import format, and the processor's page shows the last transfer and its count", async () => {
    await h.owner.update(schema.learners).set({ newsletterConsent: false });
    await insertLearner(h.owner, { email: 'ana@exemple.fr', firstName: 'Ana', lastName: 'Lima', newsletterConsent: true });
    const { data } = await h.caller({ token: dpo.token }).api.newsletter.audience();
    expect(data.csv).toBe('EMAIL;PRENOM;NOM\r\nana@exemple.fr;Ana;Lima\r\n');
    expect(data.processorName).toBe('Brevo (ex-Sendinblue)');
    const last = await h.caller({ token: agent.token }).api.newsletter.lastTransfer({ processorId: data.processorId });
    expect(last.data).toMatchObject({ recipientCount: 1, transferredAt: data.transferredAt });
    const [stored] = await h.owner.select().from(schema.processorTransfers).where(eq(schema.processorTransfers.processorId, data.processorId));
    expect(stored).toBeDefined();
  });

  it('is the DPO’s alone', async () => {
    await expect(h.caller({ token: agent.token }).api.newsletter.audience()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
