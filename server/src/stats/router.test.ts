import { dbRoles, schema, selectRows, withRole } from '@vigie/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertContract, insertEmployer, insertLearner } from '../test/records.ts';
import { refreshStats } from './rollup.ts';

let h: Harness;
let manager: Awaited<ReturnType<Harness['as']>>;
let dpo: Awaited<ReturnType<Harness['as']>>;
const PERIOD = 2031;

/** `count` learners of one kind, each with one contract starting in March of the period. */
async function learnersOf(count: number, values: { sector: string; locality: string }, extra: Partial<typeof schema.learners.$inferInsert> = {}) {
  const [employer] = await h.owner.select().from(schema.employers).where(eq(schema.employers.sector, values.sector));
  const employerId = employer?.id ?? (await insertEmployer(h.owner, { sector: values.sector })).id;
  for (let i = 0; i < count; i++) {
    const learner = await insertLearner(h.owner, { locality: values.locality, employerId, ...extra });
    await insertContract(h.owner, { learnerId: learner.id, funding: 'employer', employerId, startDate: `${PERIOD}-03-02`, endDate: `${PERIOD}-06-30` });
  }
}

const manage = () => manager.api.stats;
const table = (rows: 'region' | 'sector', columns?: 'sector' | 'funding', filter = {}) =>
  manage().table({ rows, ...(columns ? { columns } : {}), measure: 'learners', period: PERIOD, filter });

beforeAll(async () => {
  h = await createHarness({ freshDatabase: true });
  manager = await h.as('manager');
  dpo = await h.as('dpo');
  await learnersOf(12, { sector: 'Banque', locality: 'Lyon' });
  await learnersOf(8, { sector: 'Santé', locality: 'Paris' });
  await learnersOf(6, { sector: 'Santé', locality: 'Lyon' });
  await learnersOf(2, { sector: 'Banque', locality: 'Lille' });
  await refreshStats(h.services.db);
});
afterAll(() => h.close());

describe('stats.table', () => {
  it('hides the small cell and enough others that the totals do not give it away', async () => {
    const t = await table('region', 'sector');
    const cell = (row: string | null, column: string | null) => t.cells.find((c) => c.row === row && c.column === column);
    expect(cell('hdf', 'Banque')).toEqual({ row: 'hdf', column: 'Banque', value: null, suppressed: true });
    expect(cell('hdf', null)).toMatchObject({ suppressed: true });
    expect(cell(null, null)).toEqual({ row: null, column: null, value: 28, suppressed: false });
    // Lille's 2 learners would be the Banque total minus Lyon's: Lyon's Banque cell goes too.
    expect(cell('ara', 'Banque')).toMatchObject({ suppressed: true });
    for (const c of t.cells) if (!c.suppressed) expect(c.value === 0 || (c.value ?? 0) >= 5).toBe(true);
    expect(t.suppressedCount).toBe(t.cells.filter((c) => c.suppressed).length);
  });

  it('records an aggregate read under the purpose "statistics": the table, k and the hidden cells, no subject', async () => {
    const { request } = manager;
    await table('sector');
    const [row] = await selectRows<{ purpose_code: string; subject_ids: string[] | null; details: Record<string, unknown>; entity: string }>(
      h.owner,
      sql`SELECT purpose_code, subject_ids, details, entity FROM audit_events WHERE request_id = ${request.requestId} AND procedure = 'stats.table' ORDER BY id DESC LIMIT 1`,
    );
    expect(row).toMatchObject({ purpose_code: 'statistics', entity: 'stats', details: { threshold: 5, suppressed: expect.any(Number) } });
    expect(row?.subject_ids ?? []).toEqual([]);
    expect(row?.details.table).toMatchObject({ rows: 'sector', measure: 'learners', period: PERIOD });
  });

  it('refuses a filter on a population under k, and a filter beside columns, naming the field', async () => {
    const small = await errorOf(table('sector', undefined, { region: 'hdf' }));
    expect(small).toMatchObject({ data: { code: 'BAD_REQUEST' } });
    expect(small.message).toMatch(/Population filtrée trop petite/);
    const both = await errorOf(table('region', 'sector', { funding: 'employer' }));
    expect(both).toMatchObject({ data: { code: 'BAD_REQUEST' } });
    const filtered = await table('region', undefined, { sector: 'Santé' });
    expect(filtered.cells.find((c) => c.row === null)).toMatchObject({ value: 14, suppressed: false });
  });

  it('never counts objectors, restricted or erased learners: no published figure changes', async () => {
    const measures = ['learners', 'contracts', 'hoursAttended', 'completion'] as const;
    const all = () => Promise.all(measures.map((measure) => manage().table({ rows: 'region', columns: 'sector', measure, period: PERIOD, filter: {} })));
    const before = await all();
    await learnersOf(3, { sector: 'Banque', locality: 'Lille' }, { objectsToStatistics: true });
    await learnersOf(3, { sector: 'Banque', locality: 'Lille' }, { restrictedAt: new Date() });
    await learnersOf(3, { sector: 'Banque', locality: 'Lille' }, { status: 'erased' });
    await refreshStats(h.services.db);
    const after = await all();
    expect(after.map((t) => t.cells)).toEqual(before.map((t) => t.cells));
  });

  it('is for managers and the DPO only', async () => {
    for (const role of ['agent', 'admin'] as const) {
      const { api } = await h.as(role);
      expect(await errorOf(api.stats.table({ rows: 'sector', measure: 'learners', period: PERIOD, filter: {} }))).toMatchObject({ data: { code: 'FORBIDDEN' } });
    }
  });
});

describe('the rollup job', () => {
  it('reads only what it counts by: a name is refused to its role', async () => {
    const read = withRole(h.services.db, dbRoles.statsRollup, (tx) => tx.execute(sql`SELECT last_name FROM learners LIMIT 1`));
    await expect(read).rejects.toMatchObject({ cause: { code: '42501' } });
  });
});

describe('the threshold k', () => {
  it('is the DPO’s to change, never below 3, and the change is on the record', async () => {
    expect(await errorOf(manage().setThreshold({ threshold: 8 }))).toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect(await errorOf(dpo.api.stats.setThreshold({ threshold: 2 }))).toMatchObject({ data: { code: 'BAD_REQUEST' } });
    await dpo.api.stats.setThreshold({ threshold: 7 });
    const t = await table('region', 'sector');
    expect(t.threshold).toBe(7);
    // Lyon's Santé cell (6) now rests on too few learners.
    expect(t.cells.find((c) => c.row === 'ara' && c.column === 'Santé')).toMatchObject({ suppressed: true });
    const [row] = await selectRows<{ details: Record<string, unknown> }>(
      h.owner,
      sql`SELECT details FROM audit_events WHERE procedure = 'stats.setThreshold' ORDER BY id DESC LIMIT 1`,
    );
    expect(row?.details).toEqual({ threshold: { from: 5, to: 7 } });
    expect((await manage().dimensions()).threshold).toBe(7);
    await dpo.api.stats.setThreshold({ threshold: 5 });
  });
});
