import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf, auditRowsOf } from '../test/audit.ts';
import { errorOf } from '../test/errors.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertEmployer, insertLearner } from '../test/records.ts';

let h: Harness;
let agent: string;

beforeAll(async () => {
  h = await createHarness();
  ({ token: agent } = await h.as('agent'));
});
afterAll(() => h.close());

const call = () => h.caller({ token: agent, purpose: 'learner_request', purposeRef: 'CALL-1' });
const stored = async (id: string) =>
  (await h.owner.select().from(schema.learners).where(eq(schema.learners.id, id)))[0];

const storedLearner = async (id: string) =>
  (await h.owner.select().from(schema.learners).where(eq(schema.learners.id, id)))[0] ?? { email: null, phone: null };

describe('learners.update (rectification)', () => {
  it('writes and audits only what changed, never the values', async () => {
    const learner = await insertLearner(h.owner, { phone: '+33 6 11 11 11 11', locality: 'Lyon' });
    const { api, request } = call();
    // react-admin sends the whole record: unchanged and read-only fields come along.
    const { data } = await api.learners.update({
      id: learner.id,
      data: { ...learner, phone: '07.98.76.54.32', locality: 'Lyon', status: 'erased' } as never,
      previousData: learner,
    });
    // The answer shows the number masked, like the file; the number saved is whole.
    expect(data).toMatchObject({ phone: '07 •• •• •• 32', locality: 'Lyon', status: 'active' });
    expect((await storedLearner(learner.id)).phone).toBe('+33 7 98 76 54 32');
    expect(new Date(data.updatedAt).getTime()).toBeGreaterThan(learner.updatedAt.getTime());
    const row = await auditRowOf(h, request.requestId);
    expect(row).toMatchObject({
      action: 'update',
      entity: 'learners',
      subjectIds: [`learner:${learner.id}`],
      fields: ['phone'],
      purposeRef: 'CALL-1',
    });
    expect(JSON.stringify(row)).not.toMatch(/98 76 54 32|0798765432/);
  });

  it('normalises emails and clears optional fields sent empty', async () => {
    const learner = await insertLearner(h.owner, { jobTitle: 'Comptable' });
    const { data } = await call().api.learners.update({
      id: learner.id,
      data: { email: '  Marie.Dupont@Exemple.FR ', jobTitle: '', country: 'be' },
    });
    expect(data).toMatchObject({ email: 'm•••@•••.fr', jobTitle: null, country: 'BE' });
    expect((await storedLearner(learner.id)).email).toBe('marie.dupont@exemple.fr');
  });

  it('writes nothing when nothing changed', async () => {
    const learner = await insertLearner(h.owner);
    const { api, request } = call();
    await api.learners.update({ id: learner.id, data: { lastName: learner.lastName } });
    expect(await auditRowOf(h, request.requestId)).toMatchObject({ action: 'update', fields: [] });
    expect((await stored(learner.id))?.updatedAt).toEqual(learner.updatedAt);
  });

  it.each([
    ['data.email', { email: 'marie.dupont@' }],
    ['data.email', { email: `${'a'.repeat(250)}@ex.fr` }],
    ['data.phone', { phone: '06 12 34' }],
    ['data.phone', { phone: '+33 6 12 34 56 78 99' }],
    ['data.lastName', { lastName: ' ' }],
    ['data.lastName', { lastName: 'x'.repeat(101) }],
    ['data.presentation', { presentation: 'x'.repeat(2001) }],
    ['data.country', { country: 'France' }],
    ['data.employerId', { employerId: 'acme' }],
  ])('refuses a bad %s with that field', async (field, data) => {
    const learner = await insertLearner(h.owner);
    const error = await errorOf(call().api.learners.update({ id: learner.id, data }));
    expect(error).toMatchObject({ data: { code: 'BAD_REQUEST', httpStatus: 400, fields: { [field]: [expect.any(String)] } } });
    expect(await stored(learner.id)).toEqual(learner);
  });

  it('refuses an employer that does not exist, and moves a learner to one that does', async () => {
    const learner = await insertLearner(h.owner);
    const error = await errorOf(
      call().api.learners.update({ id: learner.id, data: { employerId: '00000000-0000-4000-8000-000000000000' } }),
    );
    expect(error).toMatchObject({ data: { code: 'BAD_REQUEST', fields: { 'data.employerId': expect.any(Array) } } });
    const employer = await insertEmployer(h.owner);
    const { data } = await call().api.learners.update({ id: learner.id, data: { employerId: employer.id } });
    expect(data.employerId).toBe(employer.id);
  });

  it('refuses to edit an erased learner, and leaves no audit row', async () => {
    const learner = await insertLearner(h.owner, { status: 'erased' });
    const { api, request } = call();
    await expect(api.learners.update({ id: learner.id, data: { firstName: 'Back' } })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await auditRowsOf(h, request.requestId)).toEqual([]);
    expect((await stored(learner.id))?.firstName).toBe(learner.firstName);
  });

  it('answers an unknown learner with NOT_FOUND', async () => {
    await expect(
      call().api.learners.update({ id: '00000000-0000-4000-8000-000000000000', data: { firstName: 'X' } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
