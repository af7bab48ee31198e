import { schema } from '@vigie/db';
import { personalDataCategories } from '@vigie/domain/enums';
import { isWithheld } from '@vigie/domain/withheld';
import { eq, inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertAssessment, insertAttendance, insertContract, insertEmployer, insertLearner } from '../test/records.ts';
import { categoryOf } from './revealed.ts';

/** The activities behind `learner_request` (Service client) and `employer_reporting`, whose categories tests redraw. */
const SERVICE_DESK = '5a3c7b10-2d4e-4c8f-8b1a-000000000003';
const EMPLOYER_REPORTING = '5a3c7b10-2d4e-4c8f-8b1a-00000000000a';

let h: Harness;
let agent: Awaited<ReturnType<Harness['as']>>;
let originals: (typeof schema.activities.$inferSelect)[];
type Api = ReturnType<Harness['caller']>['api'];

const setRegister = (values: Partial<typeof schema.activities.$inferInsert>, id = SERVICE_DESK) =>
  h.owner.update(schema.activities).set(values).where(eq(schema.activities.id, id));

/**
 * One record of each resource the service desk reads, and how to read it: every record type whose
 * personal columns a purpose may not cover, with the keys that carry another table's field (an
 * interaction's `staffName` is the colleague's `staff.displayName`).
 */
interface Case {
  entity: string;
  read: (api: Api) => Promise<{ data: unknown }>;
  carried?: Record<string, string>;
}
let cases: Case[];

beforeAll(async () => {
  h = await createHarness();
  agent = await h.as('agent');
  const learner = await insertLearner(h.owner, { phone: '06 12 34 56 78', presentation: 'Bonjour' });
  const contract = await insertContract(h.owner, { learnerId: learner.id });
  const attendance = await insertAttendance(h.owner, { contractId: contract.id, learnerId: learner.id, signedAt: new Date() });
  const assessment = await insertAssessment(h.owner, { learnerId: learner.id, contractId: contract.id, score: 71, notes: 'Aisance' });
  const [interaction] = await h.owner
    .insert(schema.interactions)
    .values({ learnerId: learner.id, staffId: agent.member.id, channel: 'phone', summary: 'Attestation' })
    .returning();
  const [prospect] = await h.owner
    .insert(schema.prospects)
    .values({ fullName: 'Paule Prospect', phone: '06 11 22 33 44', email: 'paule@exemple.test', company: 'Acme', need: 'Allemand' })
    .returning();
  const employer = await insertEmployer(h.owner);
  const [group] = await h.owner.insert(schema.trainingGroups).values({ employerId: employer.id, name: 'Allemand A2', language: 'de' }).returning();
  await h.owner.insert(schema.groupMembers).values({ groupId: group?.id ?? '', learnerId: learner.id });
  cases = [
    { entity: 'learners', read: (api) => api.learners.getOne({ id: learner.id }) },
    { entity: 'contracts', read: (api) => api.contracts.getOne({ id: contract.id }) },
    { entity: 'attendance', read: (api) => api.attendance.getOne({ id: attendance.id }) },
    { entity: 'assessments', read: (api) => api.assessments.getOne({ id: assessment.id }) },
    { entity: 'interactions', read: (api) => api.interactions.getOne({ id: interaction?.id ?? '' }), carried: { staffName: 'staff.displayName' } },
    { entity: 'prospects', read: (api) => api.prospects.getOne({ id: prospect?.id ?? '' }) },
    // What the members of a closed group see of each other: a learner's record too.
    { entity: 'learners', read: async (api) => ({ data: (await api.groups.members({ id: group?.id ?? '' })).data[0] }) },
  ];
  originals = await h.owner.select().from(schema.activities).where(inArray(schema.activities.id, [SERVICE_DESK, EMPLOYER_REPORTING]));
  if (originals.length !== 2) throw new Error('register not seeded');
});
afterAll(async () => {
  for (const row of originals) await setRegister({ dataCategories: row.dataCategories, internalRecipients: row.internalRecipients }, row.id);
  await h.close();
});

const declaredOf = (entity: string) => schema.personalDataDeclarations.find((d) => d.entity === entity)?.columns ?? {};
const original = () => originals.find((row) => row.id === SERVICE_DESK) as typeof schema.activities.$inferSelect;

describe('the register is the policy', () => {
  it('reveals a column of any record type if and only if the purpose’s activity lists its category, from the next call on', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 6 }), fc.subarray([...personalDataCategories]), async (index, categories) => {
        const { entity, read, carried } = cases[index] as Case;
        await setRegister({ dataCategories: categories });
        const caller = h.caller({ token: agent.token, purpose: 'learner_request' });
        const { data } = await read(caller.api);
        const record = data as Record<string, unknown>;
        const drawn: readonly string[] = categories;
        // Each record key and the declared field it carries: its own column's, or another table's.
        const fields = { ...Object.fromEntries(Object.keys(declaredOf(entity)).map((key) => [key, key])), ...carried };
        const withheld: string[] = [];
        for (const [key, field] of Object.entries(fields)) {
          const category = categoryOf(entity, field);
          if (!(key in record) || !category) continue;
          expect(isWithheld(record[key]), `${entity}.${key} (${category})`).toBe(!drawn.includes(category));
          if (!drawn.includes(category)) withheld.push(field);
        }
        const row = await auditRowOf(h, caller.request.requestId);
        expect(row.outcome).toBe('success');
        expect(row.fields.every((field) => drawn.includes(categoryOf(entity, field) ?? 'credentials'))).toBe(true);
        expect([...((row.details?.withheldFields as string[] | undefined) ?? [])].sort()).toEqual(withheld.sort());
      }),
      { numRuns: 40 },
    );
  });

  it('withholds a column in every record of a list, and says so once in its audit row', async () => {
    await setRegister({ dataCategories: ['identity', 'pedagogical'] });
    const caller = h.caller({ token: agent.token, purpose: 'learner_request' });
    const page = await caller.api.contracts.getList({ pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(page.data.length).toBeGreaterThan(0);
    for (const contract of page.data) {
      expect(contract).toMatchObject({ targetLevel: expect.any(String), course: { withheld: true }, priceCents: { withheld: true } });
    }
    const row = await auditRowOf(h, caller.request.requestId);
    expect(row.fields).toEqual(['targetLevel']);
    expect(row.details?.withheldFields).toEqual(expect.arrayContaining(['course', 'priceCents', 'funding']));
    await setRegister({ dataCategories: original().dataCategories });
  });

  it('offers a role only the purposes whose activity names its department, as the register says now', async () => {
    const offered = async () => (await h.caller({ token: agent.token }).api.purposes.list()).map((p) => p.code);
    await setRegister({ internalRecipients: ['customer_service'] });
    expect(await offered()).toContain('learner_request');
    expect(await offered()).not.toContain('audit_review');
    await setRegister({ internalRecipients: ['it'] });
    expect(await offered()).not.toContain('learner_request');
    const caller = h.caller({ token: agent.token, purpose: 'learner_request' });
    await expect((cases[0] as Case).read(caller.api)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({
      outcome: 'denied',
      purposeCode: 'learner_request',
      details: { reason: 'purpose_not_offered' },
    });
    await setRegister({ internalRecipients: original().internalRecipients });
  });

  it('refuses whole a document that cannot carry the withheld marker, naming what the purpose does not cover', async () => {
    const employer = await insertEmployer(h.owner);
    const paid = await insertLearner(h.owner, { employerId: employer.id });
    await insertContract(h.owner, { learnerId: paid.id, funding: 'employer', employerId: employer.id });
    await setRegister({ dataCategories: ['identity'] }, EMPLOYER_REPORTING);
    const { token } = await h.as('dpo');
    const caller = h.caller({ token, purpose: 'employer_reporting' });
    await expect(caller.api.employers.report({ id: employer.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({
      outcome: 'denied',
      details: { reason: 'purpose_does_not_cover', withheldFields: expect.arrayContaining(['contracts.course']) },
    });
    const reporting = originals.find((row) => row.id === EMPLOYER_REPORTING);
    await setRegister({ dataCategories: reporting?.dataCategories ?? [] }, EMPLOYER_REPORTING);
  });
});
