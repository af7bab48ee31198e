import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertEmployer, insertLearner } from '../test/records.ts';

let h: Harness;
let token: string;

beforeAll(async () => {
  h = await createHarness();
  ({ token } = await h.as('agent'));
});
afterAll(() => h.close());

const places = ['Vénissieux', 'Zurich', 'Évry', 'Ecully', 'abbeville', 'Èze'];
const frenchOrder = ['abbeville', 'Ecully', 'Évry', 'Èze', 'Vénissieux', 'Zurich'];

describe('lists sort French text as French readers do', () => {
  it('puts "Évry" between "Ecully" and "Vénissieux", browsing and searching', async () => {
    const employer = await insertEmployer(h.owner);
    for (const [i, locality] of places.entries()) {
      await insertLearner(h.owner, { lastName: `${locality}-nom`, firstName: `P${i}`, locality, employerId: employer.id });
    }
    const api = h.caller({ token, purpose: 'learner_request' }).api;
    const sorted = async (field: 'locality' | 'lastName', q?: string) =>
      (
        await api.learners.getList({
          pagination: { page: 1, perPage: 50 },
          sort: { field, order: 'ASC' },
          filter: { employerId: employer.id, ...(q ? { q } : {}) },
        })
      ).data.map((learner) => learner.locality);
    expect(await sorted('locality')).toEqual(frenchOrder);
    expect(await sorted('lastName')).toEqual(frenchOrder);
    expect(await sorted('lastName', 'nom')).toEqual(frenchOrder);
  });

  it('sorts employers by name the same way', async () => {
    const names = ['Zénith', 'École Bleue', 'Ateliers', 'Ebénisterie'].map((n) => `${n} ${Math.random().toString(36).slice(2, 6)}`);
    for (const name of names) await insertEmployer(h.owner, { name });
    const page = await h.caller({ token, purpose: 'learner_request' }).api.employers.getList({
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    const ours = page.data.map((e) => e.name).filter((n) => names.includes(n));
    expect(ours.map((n) => n.split(' ')[0])).toEqual(['Ateliers', 'Ebénisterie', 'École', 'Zénith']);
  });
});
