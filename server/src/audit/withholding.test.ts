import { schema } from '@vigie/db';
import { personalDataCategories } from '@vigie/domain/enums';
import { isWithheld } from '@vigie/domain/withheld';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertLearner } from '../test/records.ts';

/** The activity behind `learner_request` (Service client), whose categories each run redraws. */
const SERVICE_DESK = '5a3c7b10-2d4e-4c8f-8b1a-000000000003';
const declared = schema.learnersPersonalData.columns;

let h: Harness;
let agent: Awaited<ReturnType<Harness['as']>>;
let learnerId: string;
let original: typeof schema.activities.$inferSelect;

const setRegister = (values: Partial<typeof schema.activities.$inferInsert>) =>
  h.owner.update(schema.activities).set(values).where(eq(schema.activities.id, SERVICE_DESK));

beforeAll(async () => {
  h = await createHarness();
  agent = await h.as('agent');
  learnerId = (await insertLearner(h.owner, { phone: '06 12 34 56 78', presentation: 'Bonjour' })).id;
  const [row] = await h.owner.select().from(schema.activities).where(eq(schema.activities.id, SERVICE_DESK));
  if (!row) throw new Error('register not seeded');
  original = row;
});
afterAll(async () => {
  await setRegister({ dataCategories: original.dataCategories, internalRecipients: original.internalRecipients });
  await h.close();
});

describe('the register is the policy', () => {
  it('reveals a column if and only if the purpose’s activity lists its category, from the next call on', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray([...personalDataCategories]), async (categories) => {
        await setRegister({ dataCategories: categories });
        const caller = h.caller({ token: agent.token, purpose: 'learner_request' });
        const { data } = await caller.api.learners.getOne({ id: learnerId });
        const record = data as unknown as Record<string, unknown>;
        const withheld: string[] = [];
        for (const [field, category] of Object.entries(declared)) {
          if (!(field in record) || !category) continue;
          expect(isWithheld(record[field]), `${field} (${category})`).toBe(!categories.includes(category));
          if (!categories.includes(category)) withheld.push(field);
        }
        const row = await auditRowOf(h, caller.request.requestId);
        expect(row.fields.every((field) => categories.includes(declared[field as keyof typeof declared] ?? 'credentials'))).toBe(true);
        expect([...((row.details?.withheldFields as string[] | undefined) ?? [])].sort()).toEqual(withheld.sort());
      }),
      { numRuns: 25 },
    );
  });

  it('offers a role only the purposes whose activity names its department, as the register says now', async () => {
    const offered = async () => (await h.caller({ token: agent.token }).api.purposes.list()).map((p) => p.code);
    await setRegister({ internalRecipients: ['customer_service'] });
    expect(await offered()).toContain('learner_request');
    expect(await offered()).not.toContain('audit_review');
    await setRegister({ internalRecipients: ['it'] });
    expect(await offered()).not.toContain('learner_request');
    const caller = h.caller({ token: agent.token, purpose: 'learner_request' });
    await expect(caller.api.learners.getOne({ id: learnerId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({
      outcome: 'denied',
      purposeCode: 'learner_request',
      details: { reason: 'purpose_not_offered' },
    });
    await setRegister({ internalRecipients: original.internalRecipients });
  });

  it('refuses a read whose records cannot carry the withheld marker, naming what the purpose does not cover', async () => {
    await setRegister({ dataCategories: ['identity'] });
    const caller = h.caller({ token: agent.token, purpose: 'learner_request' });
    await expect(
      caller.api.interactions.getList({ pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: {} }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await auditRowOf(h, caller.request.requestId)).toMatchObject({
      outcome: 'denied',
      details: { reason: 'purpose_does_not_cover' },
    });
    await setRegister({ dataCategories: original.dataCategories });
  });
});
