import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentKinds, contractStatuses, fundings } from '@vigie/domain/enums';
import { auditRowOf, auditRowsOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertAssessment, insertAttendance, insertContract, insertEmployer, insertLearner } from '../test/records.ts';
import type { ReportFilter } from './report.ts';

let h: Harness;
let dpo: string;

beforeAll(async () => {
  h = await createHarness();
  ({ token: dpo } = await h.as('dpo'));
});
afterAll(() => h.close());

const report = (id: string, filter?: Record<string, unknown>, purpose = 'employer_reporting') => {
  const caller = h.caller({ token: dpo, purpose, purposeRef: 'RAPPORT-T1' });
  return { requestId: caller.request.requestId, run: caller.api.employers.report({ id, filter: filter as ReportFilter }) };
};

describe('employers.report', () => {
  it("reports an employer-funded learner's results and attendance, and leaves CPF and individual learners out", async () => {
    const employer = await insertEmployer(h.owner);
    const paid = await insertLearner(h.owner, { lastName: 'Payé', employerId: employer.id });
    const cpf = await insertLearner(h.owner, { lastName: 'Cpf', employerId: employer.id });
    const own = await insertContract(h.owner, { learnerId: paid.id, funding: 'employer', employerId: employer.id });
    const mixed = await insertContract(h.owner, { learnerId: paid.id, funding: 'cpf' });
    await insertContract(h.owner, { learnerId: cpf.id, funding: 'cpf' });
    await insertAttendance(h.owner, { contractId: own.id, learnerId: paid.id, present: true });
    await insertAttendance(h.owner, { contractId: own.id, learnerId: paid.id, present: false });
    await insertAttendance(h.owner, { contractId: own.id, learnerId: paid.id, present: true });
    const test = await insertAssessment(h.owner, { learnerId: paid.id, contractId: own.id, kind: 'level_test', cefrLevel: 'B1' });
    await insertAssessment(h.owner, { learnerId: paid.id, contractId: own.id, kind: 'needs_analysis', notes: 'privé' });
    await insertAssessment(h.owner, { learnerId: paid.id, contractId: mixed.id, kind: 'level_test', cefrLevel: 'C1' });

    const { run, requestId } = report(employer.id);
    const result = await run;
    expect(result.employer).toEqual({ id: employer.id, name: employer.name, siret: employer.siret });
    expect(result.data).toHaveLength(1);
    const [row] = result.data;
    expect(row).toMatchObject({ id: paid.id, lastName: 'Payé', progressEvaluations: [], surveys: [] });
    expect(row?.attendanceRate).toBeCloseTo(2 / 3);
    expect(row?.contracts).toMatchObject([{ id: own.id, sessions: 3, attended: 2 }]);
    expect(row?.levelTests).toEqual([
      { id: test.id, contractId: own.id, kind: 'level_test', assessedOn: test.assessedOn, cefrLevel: 'B1', score: null },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/privé|needs_analysis|C1/);

    expect(await auditRowOf(h, requestId)).toMatchObject({
      action: 'export',
      entity: 'learners',
      procedure: 'employers.report',
      entityIds: [paid.id],
      subjectIds: [`learner:${paid.id}`],
      // Every declared column the report's selections read, whoever's table it is.
      fields: [
        'assessments.assessedOn',
        'assessments.cefrLevel',
        'assessments.kind',
        'assessments.score',
        'attendance.present',
        'contracts.course',
        'contracts.endDate',
        'contracts.hours',
        'contracts.language',
        'contracts.startDate',
        'contracts.status',
        'contracts.targetLevel',
        'firstName',
        'lastName',
      ],
      purposeCode: 'employer_reporting',
      purposeRef: 'RAPPORT-T1',
      details: { employerId: employer.id, contracts: 1, count: 1 },
    });
  });

  it('requires the employer-reporting purpose, and names it', async () => {
    const employer = await insertEmployer(h.owner);
    const { run, requestId } = report(employer.id, undefined, 'dsr');
    await expect(run).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('employer_reporting') });
    expect(await auditRowsOf(h, requestId)).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown employer', async () => {
    await expect(report('00000000-0000-4000-8000-000000000000').run).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

// ---- The exclusion rule, over random mixes of contracts and filters ------------------------------

// This employer pays for about a third of the contracts; the rest must never show.
const payer = fc.constantFrom('this-employer', 'this-employer', 'other-employer', 'cpf', 'individual');
const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
const contractSpec = fc.record({
  payer,
  language: fc.constantFrom('en', 'de'),
  status: fc.constantFrom(...contractStatuses),
  start: day,
  days: fc.integer({ min: 0, max: 300 }),
  results: fc.array(fc.constantFrom(...assessmentKinds), { maxLength: 3 }),
  sessions: fc.array(fc.boolean(), { maxLength: 4 }),
});
const learnerSpec = fc.record({
  worksThere: fc.boolean(),
  erased: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  contracts: fc.array(contractSpec, { minLength: 1, maxLength: 3 }),
});
/** Mostly absent: a filter on every key would leave nothing to check most of the time. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
// `funding` is no report filter: sent anyway, it must change nothing.
const filterSpec = fc.record({
  learner: sometimes(fc.nat()),
  language: sometimes(fc.constantFrom('en', 'de', 'fr')),
  status: sometimes(fc.constantFrom(...contractStatuses)),
  from: sometimes(day),
  until: sometimes(day),
  funding: sometimes(fc.constantFrom(...fundings)),
});

type LearnerSpec = typeof learnerSpec extends fc.Arbitrary<infer T> ? T : never;
type ContractSpec = LearnerSpec['contracts'][number];
type FilterSpec = typeof filterSpec extends fc.Arbitrary<infer T> ? T : never;

const endOf = (spec: { start: string; days: number }) =>
  new Date(Date.parse(`${spec.start}T00:00:00Z`) + spec.days * 86_400_000).toISOString().slice(0, 10);

/** What the rule allows: this employer's employer-funded contracts of learners not erased, then the filter. */
function allowed(learner: LearnerSpec, index: number, c: ContractSpec, f: FilterSpec, count: number) {
  if (c.payer !== 'this-employer' || learner.erased) return false;
  return (
    (f.learner === undefined || f.learner % count === index) &&
    (!f.language || f.language === c.language) &&
    (!f.status || f.status === c.status) &&
    (!f.from || endOf(c) >= f.from) &&
    (!f.until || c.start <= f.until)
  );
}

async function insertContractMix(c: ContractSpec, learnerId: string, employerId: string, otherId: string) {
  const contract = await insertContract(h.owner, {
    learnerId,
    funding: c.payer.endsWith('employer') ? 'employer' : (c.payer as 'cpf' | 'individual'),
    employerId: c.payer === 'this-employer' ? employerId : c.payer === 'other-employer' ? otherId : null,
    language: c.language,
    status: c.status,
    startDate: c.start,
    endDate: endOf(c),
  });
  for (const kind of c.results) await insertAssessment(h.owner, { learnerId, contractId: contract.id, kind });
  for (const present of c.sessions) await insertAttendance(h.owner, { contractId: contract.id, learnerId, present });
  return contract.id;
}

describe('employers.report never discloses a CPF, individual or other-employer contract', () => {
  it('whatever the mix of contracts and whatever the filter', async () => {
    const other = await insertEmployer(h.owner);
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(learnerSpec, { minLength: 1, maxLength: 5 }), filterSpec, async (mix, f) => {
        const employer = await insertEmployer(h.owner);
        const expected = new Set<string>();
        const forbidden = new Set<string>();
        const learnerIds: string[] = [];
        for (const [index, spec] of mix.entries()) {
          const learner = await insertLearner(h.owner, {
            employerId: spec.worksThere ? employer.id : null,
            status: spec.erased ? 'erased' : 'active',
          });
          learnerIds.push(learner.id);
          for (const c of spec.contracts) {
            const id = await insertContractMix(c, learner.id, employer.id, other.id);
            if (allowed(spec, index, c, f, mix.length)) expected.add(id);
            if (c.payer !== 'this-employer') forbidden.add(id);
          }
        }
        const { learner, ...rest } = f;
        const learnerId = learner === undefined ? {} : { learnerId: learnerIds[learner % mix.length] };
        const result = await report(employer.id, { ...rest, ...learnerId, employerId: other.id }).run;

        const reported = result.data.flatMap((row) => row.contracts.map((c) => c.id));
        if (expected.size > 0) checked += 1;
        expect(new Set(reported)).toEqual(expected);
        expect(reported.filter((id) => forbidden.has(id))).toEqual([]);
        for (const row of result.data) {
          const own = new Set(row.contracts.map((c) => c.id));
          for (const r of [...row.levelTests, ...row.progressEvaluations, ...row.surveys]) {
            expect(own.has(r.contractId)).toBe(true);
            expect(['level_test', 'progress_evaluation', 'participant_survey', 'sponsor_survey']).toContain(r.kind);
          }
        }
      }),
      { numRuns: 40 },
    );
    // The property is not vacuous: many runs had contracts to report beside the ones to leave out.
    expect(checked).toBeGreaterThan(7);
  });
});
