import { schema } from '@vigie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { images } from '../test/images.ts';
import { insertEmployer, insertLearner } from '../test/records.ts';

let h: Harness;
let token: string;

beforeAll(async () => {
  h = await createHarness();
  ({ token } = await h.as('agent'));
});
afterAll(() => h.close());

const call = () => h.caller({ token, purpose: 'learner_request' });

async function groupOf(learnerIds: string[]) {
  const employer = await insertEmployer(h.owner);
  const [group] = await h.owner
    .insert(schema.trainingGroups)
    .values({ employerId: employer.id, name: 'Allemand A2 – mardi', language: 'de' })
    .returning();
  if (!group) throw new Error('no group');
  await h.owner.insert(schema.groupMembers).values(learnerIds.map((learnerId) => ({ groupId: group.id, learnerId })));
  return group;
}

describe('groups', () => {
  it('lists a group with its member count', async () => {
    const group = await groupOf([(await insertLearner(h.owner)).id, (await insertLearner(h.owner)).id]);
    const { data } = await call().api.groups.getOne({ id: group.id });
    expect(data).toMatchObject({ name: 'Allemand A2 – mardi', language: 'de', memberCount: 2, employerId: group.employerId });
  });

  it("shows members only what members see of each other: photo, locality, country, presentation", async () => {
    const anne = await insertLearner(h.owner, {
      firstName: 'Anne',
      locality: 'Lille',
      country: 'FR',
      presentation: 'Je travaille à Lille.',
      phone: '06 00 00 00 01',
      jobTitle: 'Acheteuse',
    });
    const ben = await insertLearner(h.owner, { firstName: 'Ben', locality: 'Gand', country: 'BE' });
    const gone = await insertLearner(h.owner, { firstName: 'Erased', status: 'erased' });
    await h.owner.insert(schema.learnerPhotos).values({ learnerId: anne.id, mimeType: 'image/png', bytes: images.png() });
    const group = await groupOf([anne.id, ben.id, gone.id]);

    const { api, request } = call();
    const { data } = await api.groups.members({ id: group.id });
    const seen = (id: string) => ({ id, learnerId: id });
    expect(data).toEqual([
      { ...seen(anne.id), firstName: 'Anne', locality: 'Lille', country: 'FR', presentation: 'Je travaille à Lille.', hasPhoto: true },
      { ...seen(ben.id), firstName: 'Ben', locality: 'Gand', country: 'BE', presentation: null, hasPhoto: false },
    ]);
    const row = await auditRowOf(h, request.requestId);
    expect(row).toMatchObject({
      action: 'list',
      entity: 'learners',
      procedure: 'groups.members',
      fields: ['country', 'firstName', 'locality', 'presentation'],
      purposeCode: 'learner_request',
    });
    expect(row.subjectIds.sort()).toEqual([`learner:${anne.id}`, `learner:${ben.id}`].sort());
  });

  it("lists a learner's groups", async () => {
    const learner = await insertLearner(h.owner);
    const group = await groupOf([learner.id]);
    const page = await call().api.groups.getManyReference({
      target: 'learnerId',
      id: learner.id,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
    });
    expect(page).toMatchObject({ total: 1, data: [{ id: group.id }] });
  });

  it('answers NOT_FOUND for an unknown group', async () => {
    await expect(call().api.groups.members({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
