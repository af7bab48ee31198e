import { randomUUID } from 'node:crypto';
import { staffRoles } from '@vigie/domain/roles';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wallClock } from '../anomalies/hours.ts';
import { insertEvents, type EventRow } from '../test/events.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import type { JournalFilter } from './schemas.ts';

let h: Harness;
let dpo: string;
const staff = [randomUUID(), randomUUID(), randomUUID()];
const learners = [randomUUID(), randomUUID(), randomUUID()];
const actions = ['read', 'list', 'update', 'login_failed'] as const;
const purposes = ['dsr', 'other', 'learner_request', null];
const refs = ['T-1', 'T-2', null];
const outcomes = ['success', 'denied', 'failure'] as const;
// Every generated event is in 2020, every query is bounded to 2020: the rows the calls themselves write stay out.
const YEAR = { start: Date.parse('2020-01-01T00:00:00Z'), span: 366 * 86_400_000 };

const eventSpec = fc.record({
  at: fc.integer({ min: 0, max: 40 }).map((n) => YEAR.start + n * 9 * 86_400_000 + (n % 3) * 3_600_000),
  actor: fc.nat(3),
  role: fc.constantFrom(...staffRoles),
  action: fc.constantFrom(...actions),
  entity: fc.constantFrom('learners', 'contracts', null),
  subjects: fc.subarray(learners),
  purpose: fc.constantFrom(...purposes),
  ref: fc.constantFrom(...refs),
  outcome: fc.constantFrom(...outcomes),
});
type EventSpec = typeof eventSpec extends fc.Arbitrary<infer T> ? T : never;

const toRow = (e: EventSpec): EventRow => ({
  occurredAt: new Date(e.at),
  actorStaffId: staff[e.actor] ?? null,
  actorRole: e.role,
  action: e.action,
  entity: e.entity,
  subjectIds: e.subjects.map((id) => `learner:${id}`),
  purposeCode: e.purpose,
  purposeRef: e.ref,
  outcome: e.outcome,
});

const sometimes = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
const instant = fc.integer({ min: 0, max: 365 }).map((d) => new Date(YEAR.start + d * 86_400_000 + 3_600_000).toISOString());
const day = fc.integer({ min: 0, max: 365 }).map((d) => new Date(YEAR.start + d * 86_400_000).toISOString().slice(0, 10));
const filterSpec = fc.record({
  actorStaffId: sometimes(fc.constantFrom(...staff)),
  actorRole: sometimes(fc.constantFrom(...staffRoles)),
  action: sometimes(fc.constantFrom(...actions)),
  entity: sometimes(fc.constantFrom('learners', 'contracts')),
  learnerId: sometimes(fc.constantFrom(...learners)),
  purposeCode: sometimes(fc.constantFrom('dsr', 'other')),
  purposeRef: sometimes(fc.constantFrom('T-1', 'T-2')),
  outcome: sometimes(fc.constantFrom(...outcomes)),
  from: sometimes(fc.oneof(instant, day)),
  until: sometimes(fc.oneof(instant, day)),
});

/** The instant a day starts in Paris (the offset is one or two hours). */
function parisMidnight(day: string): number {
  const utc = Date.parse(`${day}T00:00:00Z`);
  return [utc - 3_600_000, utc - 7_200_000].find((t) => wallClock(new Date(t), 'Europe/Paris').time === '00:00') ?? utc;
}

/** The same filter, written the obvious way over the generated rows. */
function naive(rows: (EventRow & { id: number })[], f: JournalFilter) {
  const after = f.from ? (f.from.length === 10 ? parisMidnight(f.from) : Date.parse(f.from)) : -Infinity;
  const before = f.until ? (f.until.length === 10 ? parisMidnight(nextDay(f.until)) - 1 : Date.parse(f.until)) : Infinity;
  return rows
    .filter(
      (r) =>
        (!f.actorStaffId || r.actorStaffId === f.actorStaffId) &&
        (!f.actorRole || r.actorRole === f.actorRole) &&
        (!f.action || r.action === f.action) &&
        (!f.entity || r.entity === f.entity) &&
        (!f.learnerId || (r.subjectIds ?? []).includes(`learner:${f.learnerId}`)) &&
        (!f.purposeCode || r.purposeCode === f.purposeCode) &&
        (!f.purposeRef || r.purposeRef === f.purposeRef) &&
        (!f.outcome || r.outcome === f.outcome) &&
        (r.occurredAt as Date).getTime() >= after &&
        (r.occurredAt as Date).getTime() <= before,
    )
    .sort((a, b) => (b.occurredAt as Date).getTime() - (a.occurredAt as Date).getTime() || b.id - a.id)
    .map((r) => r.id);
}
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

let rows: (EventRow & { id: number })[] = [];

beforeAll(async () => {
  h = await createHarness();
  ({ token: dpo } = await h.as('dpo'));
  const specs = fc.sample(eventSpec, { numRuns: 400, seed: 7 });
  rows = await insertEvents(h, specs.map(toRow));
});
afterAll(() => h.close());

/** Every page of the journal for a filter, walked with react-admin's partial pagination. */
async function allPages(filter: JournalFilter, perPage: number) {
  const { api } = h.caller({ token: dpo, purpose: 'audit_review' });
  const ids: number[] = [];
  for (let page = 1; ; page += 1) {
    const result = await api.audit.getList({ pagination: { page, perPage }, sort: { field: 'occurredAt', order: 'DESC' }, filter });
    ids.push(...result.data.map((r) => r.id));
    if (!('pageInfo' in result)) throw new Error('the journal is never counted');
    expect(result.pageInfo.hasPreviousPage).toBe(page > 1);
    if (!result.pageInfo.hasNextPage) return ids;
  }
}

describe('the journal filters', () => {
  it('return exactly the rows a plain filter keeps, in order, page after page', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(filterSpec, async (spec) => {
        const filter: JournalFilter = {
          ...spec,
          from: spec.from ?? '2020-01-01T00:00:00Z',
          until: spec.until ?? new Date(YEAR.start + YEAR.span).toISOString(),
        };
        const expected = naive(rows, filter);
        if (expected.length > 0) nonEmpty += 1;
        expect(await allPages(filter, 40)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
    // Not vacuous: many filters kept some rows and left others out.
    expect(nonEmpty).toBeGreaterThan(15);
  });

  it('treat a day as a day in Paris, summer time included', async () => {
    const [late] = await insertEvents(h, [{ occurredAt: new Date('2021-07-14T22:30:00Z'), action: 'read', outcome: 'success' }]);
    const onThe15th = await allPages({ from: '2021-07-15', until: '2021-07-15' }, 10);
    expect(onThe15th).toContain(late?.id);
    expect(await allPages({ from: '2021-07-14', until: '2021-07-14' }, 10)).not.toContain(late?.id);
  });

  it('refuse a page deeper than the cap, naming the field', async () => {
    const { api } = h.caller({ token: dpo, purpose: 'audit_review' });
    await expect(api.audit.getList({ pagination: { page: 300, perPage: 50 } })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('affinez les filtres'),
    });
  });
});
