import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, asc, count, eq, gte, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { columnsIn, type Disclosed, fieldsOf, subjectsIn } from '../audit/revealed.ts';
import { contractFields } from '../contracts/resource.ts';
import { employerReader } from './resource.ts';
import { cefrLevels, contractStatuses } from '@vigie/domain/enums';

const { assessments, attendance, learners, trainingContracts: contracts } = schema;

/** The purpose an employer report must be read under (domain rule 3: reporting to the client). */
export const EMPLOYER_REPORTING = 'employer_reporting';

/** What may go to the employer: results, never needs analyses, learning profiles or trainers' notes. */
const reportedKinds = ['level_test', 'progress_evaluation', 'participant_survey', 'sponsor_survey'] as const;

/** Filters only narrow the employer's own employer-funded contracts; none can widen that set. */
export const reportFilter = z.object({
  learnerId: z.uuid().optional(),
  language: z.string().trim().max(40).optional(),
  status: z.enum(contractStatuses).optional(),
  /** Contracts still running on or after this day. */
  from: z.iso.date().optional(),
  /** Contracts started on or before this day. */
  until: z.iso.date().optional(),
});
export type ReportFilter = z.infer<typeof reportFilter>;

const result = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  kind: z.enum(reportedKinds),
  assessedOn: z.iso.date(),
  cefrLevel: z.enum(cefrLevels).nullable(),
  score: z.number().nullable(),
});

// What the employer sees of a contract it paid for; the price stays out (its invoice says it already).
// A document handed to the employer carries no withheld marker: a purpose short of it is refused whole.
const reportedContract = z.object({
  id: z.uuid(),
  course: z.string(),
  language: z.string(),
  targetLevel: z.enum(cefrLevels),
  hours: z.number(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  status: z.enum(contractStatuses),
  sessions: z.number().int(),
  attended: z.number().int(),
  /** attended / sessions, null before the first session. */
  attendanceRate: z.number().nullable(),
});

/** One learner of the report (`id` is the learner's, so the audit names each subject). */
export const reportRow = z.object({
  id: z.uuid(),
  lastName: z.string(),
  firstName: z.string(),
  attendanceRate: z.number().nullable(),
  contracts: z.array(reportedContract),
  levelTests: z.array(result),
  progressEvaluations: z.array(result),
  surveys: z.array(result),
});
type ReportRow = z.infer<typeof reportRow>;

export const employerReport = z.object({
  employer: z.object({ id: z.uuid(), name: z.string(), siret: z.string() }),
  data: z.array(reportRow),
});

const rate = (attended: number, sessions: number) => (sessions === 0 ? null : attended / sessions);

const { id, learnerId, course, language, targetLevel, hours, startDate, endDate, status } = contractFields;
const contractColumns = { id, learnerId, course, language, targetLevel, hours, startDate, endDate, status, lastName: learners.lastName, firstName: learners.firstName };
const countColumns = {
  contractId: attendance.contractId,
  sessions: count(),
  attended: sql<number>`count(*) filter (where ${attendance.present})`.mapWith(Number),
};
const resultColumns = {
  id: assessments.id,
  contractId: assessments.contractId,
  kind: assessments.kind,
  assessedOn: assessments.assessedOn,
  cefrLevel: assessments.cefrLevel,
  score: assessments.score,
};
/** Every declared column the report's three selections read: what an export to the employer discloses. */
const reportFields = fieldsOf(
  learners,
  [contractColumns, countColumns, resultColumns].flatMap((columns) => [...columnsIn(Object.values(columns))]),
);

/** The only contracts a report may cover: employer-funded, paid by this employer, learner not erased nor restricted. */
function reportedContracts(db: Database, employerId: string, filter: ReportFilter) {
  return db
    .select(contractColumns)
    .from(contracts)
    .innerJoin(learners, eq(learners.id, contracts.learnerId))
    .where(
      and(
        eq(contracts.funding, 'employer'),
        eq(contracts.employerId, employerId),
        ne(learners.status, 'erased'),
        // A restricted learner (Art. 18) is left out of every report until the restriction is lifted.
        isNull(learners.restrictedAt),
        filter.learnerId ? eq(contracts.learnerId, filter.learnerId) : undefined,
        filter.language ? eq(contracts.language, filter.language) : undefined,
        filter.status ? eq(contracts.status, filter.status) : undefined,
        filter.from ? gte(contracts.endDate, filter.from) : undefined,
        filter.until ? lte(contracts.startDate, filter.until) : undefined,
      ),
    )
    .orderBy(asc(learners.lastName), asc(learners.firstName), asc(learners.id), asc(contracts.startDate));
}

function sessionCounts(db: Database, contractIds: string[]) {
  return db
    .select(countColumns)
    .from(attendance)
    .where(inArray(attendance.contractId, contractIds))
    .groupBy(attendance.contractId);
}

function results(db: Database, contractIds: string[]) {
  return db
    .select(resultColumns)
    .from(assessments)
    // Only results tied to a reported contract: a CPF course's test stays out even for the same learner.
    .where(and(inArray(assessments.contractId, contractIds), inArray(assessments.kind, reportedKinds)))
    .orderBy(asc(assessments.assessedOn), asc(assessments.id));
}

type Result = z.infer<typeof result>;
type ContractRow = Awaited<ReturnType<typeof reportedContracts>>[number];
type Counts = Awaited<ReturnType<typeof sessionCounts>>;
type Found = Awaited<ReturnType<typeof results>>;
type Building = ReportRow & { sessions: number; attended: number };

const isReported = (kind: string): kind is Result['kind'] => (reportedKinds as readonly string[]).includes(kind);

/** One row per learner, their contracts in order, with each contract's attendance. */
function groupByLearner(rows: ContractRow[], counts: Counts): Map<string, Building> {
  const countOf = new Map(counts.map((c) => [c.contractId, c]));
  const byLearner = new Map<string, Building>();
  for (const { learnerId, lastName, firstName, ...contract } of rows) {
    const row: Building = byLearner.get(learnerId) ?? {
      id: learnerId,
      lastName,
      firstName,
      attendanceRate: null,
      sessions: 0,
      attended: 0,
      contracts: [],
      levelTests: [],
      progressEvaluations: [],
      surveys: [],
    };
    const { sessions = 0, attended = 0 } = countOf.get(contract.id) ?? {};
    row.contracts.push({ ...contract, sessions, attended, attendanceRate: rate(attended, sessions) });
    row.sessions += sessions;
    row.attended += attended;
    byLearner.set(learnerId, row);
  }
  return byLearner;
}

function addResults(byLearner: Map<string, Building>, rows: ContractRow[], found: Found) {
  const learnerOf = new Map(rows.map((row) => [row.id, row.learnerId]));
  for (const { contractId, kind, ...item } of found) {
    const row = contractId ? byLearner.get(learnerOf.get(contractId) ?? '') : undefined;
    if (!row || !contractId || !isReported(kind)) continue;
    const entry = { ...item, contractId, kind };
    if (kind === 'level_test') row.levelTests.push(entry);
    else if (kind === 'progress_evaluation') row.progressEvaluations.push(entry);
    else row.surveys.push(entry);
  }
}

export async function buildEmployerReport(
  db: Database,
  employerId: string,
  filter: ReportFilter = {},
): Promise<Disclosed<z.infer<typeof employerReport>>> {
  const { data: { data: employer } } = await employerReader.one(db, employerId);
  const rows = await reportedContracts(db, employerId, filter);
  const ids = rows.map((row) => row.id);
  const [counts, found] = ids.length ? await Promise.all([sessionCounts(db, ids), results(db, ids)]) : [[], []];
  const byLearner = groupByLearner(rows, counts);
  addResults(byLearner, rows, found);
  const data = [...byLearner.values()].map(({ sessions, attended, ...row }) => ({
    ...row,
    attendanceRate: rate(attended, sessions),
  }));
  return {
    data: { employer: { id: employer.id, name: employer.name, siret: employer.siret }, data },
    audit: {
      fields: reportFields,
      subjectIds: data.flatMap((row) => subjectsIn('learner', row.id)),
      entityIds: data.map((row) => row.id),
      details: { employerId, contracts: rows.length },
    },
  };
}
