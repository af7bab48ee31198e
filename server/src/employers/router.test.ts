import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertEmployer } from '../test/records.ts';

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const page = { pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' } } as const;

describe('employers (no personal data)', () => {
  it('are listed by name, SIRET or city, by sector, for every role, without an audit row or a purpose', async () => {
    const sector = `secteur-${Date.now()}`;
    const acme = await insertEmployer(h.owner, { name: 'Acme Industries', city: 'Grenoble', sector });
    const other = await insertEmployer(h.owner, { name: 'Boulangerie Martin', city: 'Rennes', sector });
    const { api, request } = await h.as('manager', { purpose: null });
    const names = async (filter: Record<string, string>) =>
      (await api.employers.getList({ ...page, filter: { sector, ...filter } })).data.map((e) => e.name);
    expect(await names({})).toEqual(['Acme Industries', 'Boulangerie Martin']);
    expect(await names({ q: 'acme' })).toEqual(['Acme Industries']);
    expect(await names({ q: other.siret.slice(2, 10) })).toEqual(['Boulangerie Martin']);
    expect(await names({ q: 'grenob' })).toEqual(['Acme Industries']);
    expect(await names({ city: 'Rennes' })).toEqual(['Boulangerie Martin']);
    const { data } = await api.employers.getOne({ id: acme.id });
    expect(data).toEqual({ ...acme, createdAt: acme.createdAt.toISOString() });
    expect(await api.employers.getMany({ ids: [acme.id, other.id] })).toMatchObject({ data: expect.any(Array) });
    expect(await auditRowsOf(h, request.requestId)).toEqual([]);
  });

  it('refuses a search with SQL in it, or an unknown sort, with the field', async () => {
    const { api } = await h.as('agent');
    expect(await errorOf(api.employers.getList({ ...page, filter: { q: "'; DROP TABLE employers; --" } }))).toMatchObject({
      data: { code: 'BAD_REQUEST', fields: { 'filter.q': expect.any(Array) } },
    });
    expect(
      await errorOf(api.employers.getList({ ...page, sort: { field: 'password', order: 'ASC' } } as never)),
    ).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { 'sort.field': expect.any(Array) } } });
  });
});
