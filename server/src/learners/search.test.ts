import { randomUUID } from 'node:crypto';
import { selectRows } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertContract, insertEmployer, insertLearner } from '../test/records.ts';
import { learnerSearch } from './search.ts';

let h: Harness;
let token: string;

beforeAll(async () => {
  h = await createHarness();
  ({ token } = await h.as('agent'));
});
afterAll(() => h.close());

const api = () => h.caller({ token, purpose: 'learner_request' }).api;
const tag = () => randomUUID().slice(0, 6);
/** Ten random digits of a French mobile number, unique enough for a shared test database. */
const mobile = () => `06${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const pairs = (digits: string) => digits.replace(/(\d{2})(?=\d)/g, '$1 ');

/** Searches within one employer's learners, so that rows of other tests never get in. */
async function search(employerId: string, q: string, extra: Record<string, unknown> = {}) {
  const page = await api().learners.getList({
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'lastName', order: 'ASC' },
    filter: { q, employerId, ...extra },
  });
  return page.data.map((learner) => learner.lastName);
}

describe('learners.getList search (q)', () => {
  it('finds a name whatever its case and accents are typed with', async () => {
    const employer = await insertEmployer(h.owner);
    const t = tag();
    await insertLearner(h.owner, { lastName: `Lefèvre${t}`, firstName: 'Hélène', employerId: employer.id });
    await insertLearner(h.owner, { lastName: `Martin${t}`, firstName: 'Paul', employerId: employer.id });
    expect(await search(employer.id, `LEFÈVRE${t}`)).toEqual([`Lefèvre${t}`]);
    expect(await search(employer.id, 'hélène')).toEqual([`Lefèvre${t}`]);
    expect(await search(employer.id, 'HÉLÈNE')).toEqual([`Lefèvre${t}`]);
    expect(await search(employer.id, 'helene')).toEqual([`Lefèvre${t}`]);
    expect(await search(employer.id, `lefevre${t}`)).toEqual([`Lefèvre${t}`]);
  });

  it('matches every word in any order, across first and last name', async () => {
    const employer = await insertEmployer(h.owner);
    const t = tag();
    await insertLearner(h.owner, { lastName: `Dupont${t}`, firstName: 'Marie', employerId: employer.id });
    await insertLearner(h.owner, { lastName: `Dupont${t}x`, firstName: 'Jean', employerId: employer.id });
    expect(await search(employer.id, `marie dupont${t}`)).toEqual([`Dupont${t}`]);
  });

  it('finds an email, or a part of it', async () => {
    const employer = await insertEmployer(h.owner);
    const t = tag();
    await insertLearner(h.owner, { lastName: 'Email', email: `m.durand-${t}@exemple.fr`, employerId: employer.id });
    expect(await search(employer.id, `m.durand-${t}@exemple.fr`)).toEqual(['Email']);
    expect(await search(employer.id, `DURAND-${t}`)).toEqual(['Email']);
  });

  it('finds a phone number from its digits, however it was typed or stored', async () => {
    const employer = await insertEmployer(h.owner);
    const national = mobile();
    const other = mobile();
    await insertLearner(h.owner, { lastName: 'National', phone: pairs(national), employerId: employer.id });
    await insertLearner(h.owner, { lastName: 'International', phone: `+33 ${pairs(other.slice(1))}`, employerId: employer.id });
    expect(await search(employer.id, pairs(national.slice(0, 6)))).toEqual(['National']);
    expect(await search(employer.id, national.replace(/(\d{2})(?=\d)/g, '$1.'))).toEqual(['National']);
    expect(await search(employer.id, `+33 ${national.slice(1, 7)}`)).toEqual(['National']);
    expect(await search(employer.id, pairs(other))).toEqual(['International']);
    expect(await search(employer.id, other.slice(3))).toEqual(['International']);
  });

  it('takes % and _ as text, not as wildcards', async () => {
    const employer = await insertEmployer(h.owner);
    const t = tag();
    await insertLearner(h.owner, { lastName: `Pre_fix${t}`, employerId: employer.id });
    await insertLearner(h.owner, { lastName: `Prexfix${t}`, employerId: employer.id });
    expect(await search(employer.id, `e_fix${t}`)).toEqual([`Pre_fix${t}`]);
    expect(await search(employer.id, `e%fix${t}`)).toEqual([]);
  });

  it('with one or two letters, lists last names starting with them, whatever their case, in either order', async () => {
    const employer = await insertEmployer(h.owner);
    for (const [lastName, firstName] of [['Zoé', 'Anne'], ['zorro', 'Bob'], ['ZOULOU', 'Eve'], ['Azor', 'Zora'], ['Zèbre', 'Léa'], ['Zeus', 'Max']]) {
      await insertLearner(h.owner, { lastName, firstName, employerId: employer.id });
    }
    expect(await search(employer.id, 'ZO')).toEqual(['Zoé', 'zorro', 'ZOULOU']);
    expect(await search(employer.id, 'z')).toEqual(['Zèbre', 'Zeus', 'Zoé', 'zorro', 'ZOULOU']);
    // "Zeus" sorts among the names starting with "zè" (accents weigh less than letters); it does not start with it.
    expect(await search(employer.id, 'zè')).toEqual(['Zèbre']);
    const descending = await api().learners.getList({
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'lastName', order: 'DESC' },
      filter: { q: 'zo', employerId: employer.id },
    });
    expect(descending.data.map((learner) => learner.lastName)).toEqual(['ZOULOU', 'zorro']);
    expect(descending).toMatchObject({ total: 3 });
  });

  it("accepts names with an apostrophe (d'Artagnan, O'Brien)", async () => {
    const employer = await insertEmployer(h.owner);
    await insertLearner(h.owner, { lastName: "d'Artagnan", employerId: employer.id });
    expect(await search(employer.id, "d'artagnan")).toEqual(["d'Artagnan"]);
    // unaccent folds the typographic apostrophe too: what a phone keyboard types finds the name.
    expect(await search(employer.id, 'd’Art')).toEqual(["d'Artagnan"]);
  });
});

describe('learners.getList filters, sort and pages', () => {
  it('filters on funding, CEFR level, status and locality', async () => {
    const employer = await insertEmployer(h.owner);
    const cpf = await insertLearner(h.owner, { lastName: 'Cpf', locality: 'Nantes', employerId: employer.id });
    const paid = await insertLearner(h.owner, { lastName: 'Paid', status: 'ended', employerId: employer.id });
    await insertContract(h.owner, { learnerId: cpf.id, funding: 'cpf', targetLevel: 'C1' });
    await insertContract(h.owner, { learnerId: paid.id, funding: 'employer', employerId: employer.id, targetLevel: 'A2' });
    const names = (filter: Record<string, unknown>) => search(employer.id, '', filter);
    expect(await names({ funding: 'cpf' })).toEqual(['Cpf']);
    expect(await names({ funding: 'employer' })).toEqual(['Paid']);
    expect(await names({ cefrLevel: 'A2' })).toEqual(['Paid']);
    expect(await names({ status: 'ended' })).toEqual(['Paid']);
    expect(await names({ locality: 'Nantes' })).toEqual(['Cpf']);
    expect(await names({ employerFunded: true })).toEqual(['Paid']);
    expect(await names({ employerFunded: false })).toEqual(['Cpf']);
  });

  it('sorts on a whitelisted field, pages, and counts the total', async () => {
    const employer = await insertEmployer(h.owner);
    for (const lastName of ['Charlie', 'Alpha', 'Echo', 'Bravo', 'Delta']) {
      await insertLearner(h.owner, { lastName, employerId: employer.id });
    }
    const page = await api().learners.getManyReference({
      target: 'employerId',
      id: employer.id,
      pagination: { page: 2, perPage: 2 },
      sort: { field: 'lastName', order: 'DESC' },
    });
    expect(page).toMatchObject({ total: 5 });
    expect(page.data.map((l) => l.lastName)).toEqual(['Charlie', 'Bravo']);
  });
});

describe('learners.getList refuses bad input with the field, never a 500', () => {
  const listWith = (input: Record<string, unknown>) =>
    api().learners.getList({
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'lastName', order: 'ASC' },
      ...input,
    } as Parameters<ReturnType<typeof api>['learners']['getList']>[0]);

  it.each([
    ["'; DROP TABLE learners; --"],
    ["x' OR '1'='1"],
    ['a'.repeat(101)],
  ])('q = %s', async (q) => {
    expect(await errorOf(listWith({ filter: { q } }))).toMatchObject({
      data: { code: 'BAD_REQUEST', fields: { 'filter.q': [expect.any(String)] } },
    });
    expect((await selectRows(h.owner, sql`SELECT count(*) AS n FROM learners`)).length).toBe(1);
  });

  it('an unknown sort field', async () => {
    expect(await errorOf(listWith({ sort: { field: 'passwordHash', order: 'ASC' } }))).toMatchObject({
      data: { code: 'BAD_REQUEST', fields: { 'sort.field': [expect.any(String)] } },
    });
  });

  it('an unknown filter value', async () => {
    expect(await errorOf(listWith({ filter: { funding: 'gift' } }))).toMatchObject({
      data: { code: 'BAD_REQUEST', fields: { 'filter.funding': [expect.any(String)] } },
    });
  });
});

describe('the search uses its indexes', () => {
  /** The plan with sequential scans priced out, as on a table of a million rows. */
  async function planOf(q: string, then = sql``) {
    return h.owner.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const rows = await selectRows<Record<string, string>>(
        tx,
        sql`EXPLAIN SELECT id FROM learners WHERE ${learnerSearch(q)} ${then}`,
      );
      return rows.map((row) => Object.values(row).join('')).join('\n');
    });
  }

  it('3+ characters: the trigram index on the search text', async () => {
    expect(await planOf('dupont')).toContain('learners_search_trgm_idx');
    expect(await planOf('06 12 34')).toContain('learners_search_trgm_idx');
  });

  it('1-2 characters: a walk of the name index in the list order, no sort of every match', async () => {
    const plan = await planOf('du', sql`ORDER BY last_name, first_name, id LIMIT 26`);
    expect(plan).toMatch(/Index (Only )?Scan using learners_name_idx[^\n]*\n\s*Index Cond: \(\(last_name >= 'du'/);
    expect(plan).not.toContain('Sort');
  });
});
