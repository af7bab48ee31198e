import { schema } from '@vigie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertEmployer, insertLearner } from '../test/records.ts';
import { defineReader, equalTo } from './reader.ts';

const { learners } = schema;

/** A bare reader over learners whose count stops at 3, so that 5 rows are "more than the cap". */
const reader = defineReader({
  table: learners,
  id: learners.id,
  fields: { id: learners.id, lastName: learners.lastName },
  toRecord: (row) => row,
  sort: { lastName: learners.lastName },
  filter: { employerId: equalTo(learners.employerId) },
  references: { employerId: learners.employerId },
  notFound: 'Apprenant introuvable',
  countCap: 3,
});

let h: Harness;
let employerId: string;
const page = (page: number, perPage: number, filter: { employerId: string }) =>
  reader.list(h.owner, { pagination: { page, perPage }, sort: { field: 'lastName', order: 'ASC' }, filter }).then((answer) => answer.data);

beforeAll(async () => {
  h = await createHarness();
  employerId = (await insertEmployer(h.owner)).id;
  for (const lastName of ['A', 'B', 'C', 'D', 'E']) await insertLearner(h.owner, { lastName, employerId });
});
afterAll(() => h.close());

describe('list totals', () => {
  it('counts exactly up to the cap', async () => {
    const small = (await insertEmployer(h.owner)).id;
    for (const lastName of ['X', 'Y', 'Z']) await insertLearner(h.owner, { lastName, employerId: small });
    expect(await page(1, 2, { employerId: small })).toEqual({
      data: [expect.objectContaining({ lastName: 'X' }), expect.objectContaining({ lastName: 'Y' })],
      total: 3,
    });
  });

  it('past the cap, answers with partial pagination that knows whether a next page exists', async () => {
    const first = await page(1, 2, { employerId });
    expect(first).toEqual({
      data: [expect.objectContaining({ lastName: 'A' }), expect.objectContaining({ lastName: 'B' })],
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    const last = await page(3, 2, { employerId });
    expect(last).toEqual({
      data: [expect.objectContaining({ lastName: 'E' })],
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
    });
    const exactlyFull = await page(2, 2, { employerId });
    expect(exactlyFull).toMatchObject({ pageInfo: { hasNextPage: true, hasPreviousPage: true } });
  });
});

describe('a reference list (a record\'s own records)', () => {
  /** The owner's handle, counting the queries it starts. */
  function counting() {
    const counter = { selects: 0 };
    const db = new Proxy(h.owner, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (key !== 'select' || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          counter.selects += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    return { db, counter };
  }
  const byEmployer = (db: Harness['owner'], page: number, perPage: number, id = employerId) =>
    reader
      .listByReference(db, { target: 'employerId', id, pagination: { page, perPage }, sort: { field: 'lastName', order: 'ASC' } })
      .then((answer) => answer.data);

  it('takes its total from a page that is not full, with no count', async () => {
    const pair = (await insertEmployer(h.owner)).id;
    for (const lastName of ['P', 'Q']) await insertLearner(h.owner, { lastName, employerId: pair });
    const { db, counter } = counting();
    expect(await byEmployer(db, 1, 5, pair)).toEqual({ data: [expect.objectContaining({ lastName: 'P' }), expect.objectContaining({ lastName: 'Q' })], total: 2 });
    expect(await byEmployer(db, 2, 1, pair)).toEqual({ data: [expect.objectContaining({ lastName: 'Q' })], total: 2 });
    expect(counter.selects).toBe(2);
  });

  it('counts when the page is full, and past the cap says so as a count would', async () => {
    const { db, counter } = counting();
    expect(await byEmployer(db, 1, 2)).toMatchObject({ pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(counter.selects).toBe(3);
    expect(await byEmployer(h.owner, 3, 2)).toMatchObject({ pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('asks for a count past the end, where an empty page tells nothing', async () => {
    expect(await byEmployer(h.owner, 9, 1)).toMatchObject({ data: [], pageInfo: { hasNextPage: false } });
  });
});
