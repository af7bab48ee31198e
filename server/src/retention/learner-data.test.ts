import { schema } from '@vigie/db';
import { eq, sql } from 'drizzle-orm';
import { parisDay } from '@vigie/domain/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasureOutcome } from '../requests/erasure/preview.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { cliRun } from '../test/retention.ts';
import { insertLearnerFile, uniqueStrings } from '../test/learner-file.ts';
import { runRetention } from './run.ts';

let h: Harness;
// Runs erase every learner whose contracts ended: this file gets a database of its own.
beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
});
afterAll(() => h.close());

const HOLD = 'Suspicion de fraude au CPF : dossier F-31';
const ACCOUNTS = 'Pièces comptables : code de commerce, art. L123-22';

const options = (dryRun: boolean) => cliRun(h, { dryRun });

const learnerRow = async (id: string) => (await h.owner.select().from(schema.learners).where(eq(schema.learners.id, id)))[0];
const countOf = async (table: typeof schema.interactions | typeof schema.assessments | typeof schema.attendance, id: string) =>
  (await h.owner.select().from(table).where(eq(table.learnerId, id))).length;

describe('learner data at the end of the contract (one rule set with the erasure)', () => {
  let ended: string;
  let held: string;
  let ongoing: string;
  let planned: Awaited<ReturnType<typeof erasureOutcome>>['outcome'];

  beforeAll(async () => {
    // Off until the owner turns it on (migration 0022): an irreversible erasure of every ended file.
    await h.owner.update(schema.retentionPolicies).set({ enabled: true }).where(eq(schema.retentionPolicies.code, 'learner_data'));
    const agent = await h.staffMember('agent');
    const dpo = await h.staffMember('dpo');
    const staff = { agentId: agent.id, dpoId: dpo.id };
    ended = (await insertLearnerFile(h.owner, uniqueStrings(), staff, '2025-12-31')).id;
    held = (await insertLearnerFile(h.owner, uniqueStrings(), staff, '2025-12-31')).id;
    await h.owner.update(schema.learners).set({ legalHoldUntil: '2099-12-31', legalHoldReason: HOLD }).where(eq(schema.learners.id, held));
    ongoing = (await insertLearnerFile(h.owner, uniqueStrings(), staff, '2099-06-30')).id;
    planned = (await h.database.asOwner((owner) => erasureOutcome(owner, ended, parisDay(new Date())))).outcome;
  });

  it('takes its period from the register’s training activity', async () => {
    const { data } = await (await h.as('dpo')).api.retention.policies();
    expect(data.find((p) => p.id === 'learner_data')).toMatchObject({
      enabled: true,
      period: 0,
      unit: 'months',
      startsAt: 'contract_end',
      activity: { name: 'Réalisation des formations' },
    });
  });

  it('a preview counts the learners and the grounds kept, and changes nothing', async () => {
    const run = await runRetention(h.services.db, options(true));
    const result = run?.results.find((r) => r.code === 'learner_data');
    expect(result?.gone).toBe(1);
    expect(result?.kept).toContainEqual({ ground: HOLD, count: 1 });
    // The other learner counted once, under every ground that keeps something of theirs.
    expect(result?.kept).toContainEqual({ ground: expect.stringContaining(ACCOUNTS), count: 1 });
    expect(result?.kept.reduce((n, k) => n + k.count, 0)).toBe(2);
    expect(await learnerRow(ended)).toMatchObject({ status: 'active' });
    expect(await countOf(schema.interactions, ended)).toBe(1);
  });

  it('erases category by category as the erasure plan says, audited; skips the held and the ongoing', async () => {
    const run = await runRetention(h.services.db, options(false));
    expect(run?.results.find((r) => r.code === 'learner_data')).toMatchObject({ gone: 1 });
    const erasedCategories = planned.categories.filter((c) => c.action === 'erase').map((c) => c.category);
    expect(erasedCategories).toEqual(expect.arrayContaining(['contact', 'profile', 'customer_service', 'access_log']));
    expect(planned.categories.find((c) => c.category === 'identity')).toMatchObject({ action: 'keep', ground: ACCOUNTS });
    const row = await learnerRow(ended);
    expect(row).toMatchObject({ status: 'erased', email: '', phone: null, presentation: null, locality: null });
    expect(row?.lastName).not.toBe('');
    expect(await countOf(schema.interactions, ended)).toBe(0);
    expect(await countOf(schema.attendance, ended)).toBe(1); // the attendance sheet proves what was invoiced
    const [audit] = await h.owner
      .select()
      .from(schema.auditEvents)
      .where(sql`${schema.auditEvents.subjectIds} @> ARRAY[${`learner:${ended}`}]::text[] AND ${schema.auditEvents.action} = 'delete'`);
    expect(audit).toMatchObject({ procedure: 'cli.retention.run', entity: 'learners', entityIds: [ended] });
    expect(audit?.fields).toEqual(expect.arrayContaining(['email', 'presentation']));
    for (const id of [held, ongoing]) {
      expect(await learnerRow(id)).toMatchObject({ status: 'active' });
      expect(await countOf(schema.interactions, id)).toBe(1);
    }
  });

  it('does not come back to a learner already erased', async () => {
    const run = await runRetention(h.services.db, options(true));
    expect(run?.results.find((r) => r.code === 'learner_data')).toMatchObject({ gone: 0, kept: [{ ground: HOLD, count: 1 }] });
  });
});
