import { schema } from '@vigie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import {
  insertAssessment,
  insertAttendance,
  insertContract,
  insertEmployer,
  insertLearner,
} from '../test/records.ts';

/**
 * The learner's records, resource by resource: each read writes one audit row naming the learner, the
 * declared fields shown and the purpose, whether it is a list, a show, a look-up or a reference list.
 */
let h: Harness;
let token: string;
let world: Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld(db: Harness['owner'], staffId: string) {
  const employer = await insertEmployer(db);
  const learner = await insertLearner(db, { employerId: employer.id });
  const contract = await insertContract(db, { learnerId: learner.id, funding: 'employer', employerId: employer.id });
  const session = await insertAttendance(db, { contractId: contract.id, learnerId: learner.id, signedAt: new Date() });
  const assessment = await insertAssessment(db, { learnerId: learner.id, contractId: contract.id, notes: 'Progrès' });
  const [interaction] = await db
    .insert(schema.interactions)
    .values({ learnerId: learner.id, staffId, channel: 'phone', summary: 'Appel' })
    .returning();
  const [log] = await db
    .insert(schema.platformAccessLogs)
    .values({ learnerId: learner.id, occurredAt: new Date(), ip: '198.51.100.7', browser: 'Firefox 140', os: 'Linux' })
    .returning();
  const [contact] = await db
    .insert(schema.employerContacts)
    .values({ employerId: employer.id, lastName: 'Rh', firstName: 'Anne', email: 'rh@exemple.fr', role: 'hr' })
    .returning();
  const [group] = await db
    .insert(schema.trainingGroups)
    .values({ employerId: employer.id, name: 'Anglais B1', language: 'en' })
    .returning();
  await db.insert(schema.groupMembers).values({ groupId: group?.id ?? '', learnerId: learner.id });
  return { employer, learner, contract, session, assessment, interaction, log, contact, group };
}

beforeAll(async () => {
  h = await createHarness();
  const agent = await h.as('agent');
  token = agent.token;
  world = await buildWorld(h.owner, agent.member.id);
});
afterAll(() => h.close());

type ReadMethods = {
  getList(input: unknown): Promise<unknown>;
  getOne(input: unknown): Promise<unknown>;
  getMany(input: unknown): Promise<unknown>;
  getManyReference(input: unknown): Promise<unknown>;
};

interface Case {
  resource: 'contracts' | 'attendance' | 'assessments' | 'interactions' | 'accessLogs' | 'employerContacts' | 'groups';
  id: () => string | number;
  subject: () => string[];
  fields: string[];
  reference: () => [string, string];
}

const learnerSubject = () => [`learner:${world.learner.id}`];
const byLearner = (): [string, string] => ['learnerId', world.learner.id];

const cases: Case[] = [
  {
    resource: 'contracts',
    id: () => world.contract.id,
    subject: learnerSubject,
    fields: [
      ...['course', 'employerId', 'endDate', 'funding', 'hours'],
      ...['language', 'priceCents', 'startDate', 'status', 'targetLevel'],
    ],
    reference: byLearner,
  },
  {
    resource: 'attendance',
    id: () => world.session.id,
    subject: learnerSubject,
    fields: ['durationMinutes', 'present', 'sessionAt', 'signedAt'],
    reference: () => ['contractId', world.contract.id],
  },
  {
    resource: 'assessments',
    id: () => world.assessment.id,
    subject: learnerSubject,
    fields: ['assessedOn', 'cefrLevel', 'kind', 'notes', 'score'],
    reference: byLearner,
  },
  {
    resource: 'interactions',
    id: () => world.interaction?.id ?? '',
    subject: learnerSubject,
    // The agent's name beside each contact is a staff member's personal data too.
    fields: ['channel', 'occurredAt', 'staff.displayName', 'summary'],
    reference: byLearner,
  },
  {
    resource: 'accessLogs',
    id: () => world.log?.id ?? 0,
    subject: learnerSubject,
    // The sign-in log is for fraud investigations: answering a learner withholds all of it.
    fields: [],
    reference: byLearner,
  },
  {
    resource: 'employerContacts',
    id: () => world.contact?.id ?? '',
    subject: () => [`employer_contact:${world.contact?.id}`],
    fields: ['email', 'firstName', 'lastName', 'phone', 'role'],
    reference: () => ['employerId', world.employer.id],
  },
  // A group's own fields name nobody; asking for a learner's groups names that learner (below).
  { resource: 'groups', id: () => world.group?.id ?? '', subject: () => [], fields: [], reference: byLearner },
];

const page = { pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'ASC' } };

function read(resource: Case['resource']) {
  const caller = h.caller({ token, purpose: 'learner_request', purposeRef: 'TICKET-9' });
  return { api: caller.api[resource] as unknown as ReadMethods, requestId: caller.request.requestId };
}

const expectRow = async (requestId: string, expected: Record<string, unknown>) =>
  expect(await auditRowOf(h, requestId)).toMatchObject({ purposeCode: 'learner_request', purposeRef: 'TICKET-9', ...expected });

describe.each(cases)('$resource', (c) => {
  it('getOne: a read row with the subject and every declared field shown', async () => {
    const { api, requestId } = read(c.resource);
    await expect(api.getOne({ id: c.id() })).resolves.toMatchObject({ data: { id: c.id() } });
    await expectRow(requestId, {
      action: 'read',
      entity: c.resource,
      procedure: `${c.resource}.getOne`,
      entityIds: [String(c.id())],
      subjectIds: c.subject(),
      fields: c.fields,
    });
  });

  it('getMany: a list row', async () => {
    const { api, requestId } = read(c.resource);
    await expect(api.getMany({ ids: [c.id()] })).resolves.toMatchObject({ data: [{ id: c.id() }] });
    await expectRow(requestId, { action: 'list', entityIds: [String(c.id())], subjectIds: c.subject(), fields: c.fields });
  });

  it('getList: a list row naming the filters used', async () => {
    const [target, id] = c.reference();
    const { api, requestId } = read(c.resource);
    await expect(api.getList({ ...page, filter: { [target]: id } })).resolves.toMatchObject({ total: 1 });
    const subjects = target === 'learnerId' ? learnerSubject() : c.subject();
    await expectRow(requestId, { action: 'list', subjectIds: subjects, details: { filters: [target], count: 1 } });
  });

  it('getManyReference: the records of the target', async () => {
    const [target, id] = c.reference();
    const { api, requestId } = read(c.resource);
    await expect(api.getManyReference({ ...page, target, id })).resolves.toMatchObject({ total: 1, data: [{ id: c.id() }] });
    const subjects = target === 'learnerId' ? learnerSubject() : c.subject();
    await expectRow(requestId, { action: 'list', entityIds: [String(c.id())], subjectIds: subjects });
  });
});

describe('a reference list that comes back empty', () => {
  it.each(['contracts', 'attendance', 'assessments', 'interactions', 'accessLogs', 'groups'] as const)(
    '%s still names the learner it was about',
    async (resource) => {
      const learner = await insertLearner(h.owner);
      const { api, requestId } = read(resource);
      await expect(api.getManyReference({ ...page, target: 'learnerId', id: learner.id })).resolves.toMatchObject({
        total: 0,
      });
      await expectRow(requestId, { action: 'list', subjectIds: [`learner:${learner.id}`], details: { count: 0 } });
    },
  );
});

describe('reads that go wrong', () => {
  it('refuses a reference target that is not whitelisted', async () => {
    const { api } = read('contracts');
    await expect(api.getManyReference({ ...page, target: 'priceCents', id: world.learner.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('takes an access-log id typed as text (from a URL)', async () => {
    const { api } = read('accessLogs');
    await expect(api.getOne({ id: String(world.log?.id) })).resolves.toMatchObject({ data: { id: world.log?.id } });
    await expect(api.getOne({ id: 'abc' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const { api } = read('contracts');
    await expect(api.getOne({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
