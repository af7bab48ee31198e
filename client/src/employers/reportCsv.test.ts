import { describe, expect, it } from 'vitest';
import { BOM } from '@vigie/domain/csv';
import type { EmployerReport, ReportRow } from './EmployerReport.ts';
import { reportCsv, reportFilename } from './reportCsv.ts';

// Keys stand in for the messages: the test is about structure, not wording.
const translate = (key: string) => key.split('.').pop() ?? key;
const options = { translate, locale: 'fr' };

const contract = (id: string, over: Partial<ReportRow['contracts'][number]> = {}) => ({
  id,
  course: 'Anglais professionnel',
  language: 'anglais',
  targetLevel: 'B2' as const,
  hours: 37.5,
  startDate: '2025-01-06',
  endDate: '2025-06-27',
  status: 'active' as const,
  sessions: 8,
  attended: 7,
  attendanceRate: 0.875,
  ...over,
});

const report: EmployerReport = {
  employer: { id: '00000000-0000-4000-8000-000000000001', name: 'Acmé Industrie', siret: '12345678900012' },
  data: [
    {
      id: '00000000-0000-4000-8000-0000000000a1',
      lastName: 'Dupont; "la grande"',
      firstName: 'Claire',
      attendanceRate: 0.8,
      contracts: [contract('c1'), contract('c2', { course: 'Allemand', attendanceRate: null, sessions: 0, attended: 0 })],
      levelTests: [
        { id: 't1', contractId: 'c1', kind: 'level_test', assessedOn: '2025-01-06', cefrLevel: 'B1', score: 61.5 },
        { id: 't2', contractId: 'c2', kind: 'level_test', assessedOn: '2025-02-03', cefrLevel: 'A2', score: null },
      ],
      progressEvaluations: [],
      surveys: [{ id: 's1', contractId: 'c1', kind: 'sponsor_survey', assessedOn: '2025-03-05', cefrLevel: null, score: 9 }],
    },
    {
      id: '00000000-0000-4000-8000-0000000000a2',
      lastName: 'Martin',
      firstName: 'Zoé',
      attendanceRate: null,
      contracts: [contract('c3', { attendanceRate: null })],
      levelTests: [],
      progressEvaluations: [],
      surveys: [],
    },
  ],
};

const linesOf = (csv: string) => csv.slice(BOM.length).split('\r\n').slice(0, -1);

describe('reportCsv', () => {
  it('starts with the BOM and writes a header and one line per reported contract, nothing else', () => {
    const csv = reportCsv(report, options);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = linesOf(csv);
    expect(lines).toHaveLength(1 + 3);
    expect(lines[0]?.split(';')).toEqual([
      'lastName', 'firstName', 'course', 'language', 'targetLevel', 'hours', 'startDate', 'endDate', 'status',
      'sessions', 'attended', 'contractRate', 'learnerRate', 'levelTests', 'progressEvaluations', 'surveys',
    ]);
    expect(csv).not.toContain(report.data[0]?.id);
  });

  it('escapes names with separators and quotes, and writes French numbers and dates', () => {
    const [, first] = linesOf(reportCsv(report, options));
    expect(first).toBe(
      '"Dupont; ""la grande""";Claire;Anglais professionnel;anglais;B2;37,5;06/01/2025;27/06/2025;active;8;7;88;80;' +
        '06/01/2025 B1 (61,5);;05/03/2025 sponsor_survey (9)',
    );
  });

  it("puts each result on its own contract's line and leaves missing rates empty", () => {
    const [, , second, third] = linesOf(reportCsv(report, options));
    expect(second).toBe('"Dupont; ""la grande""";Claire;Allemand;anglais;B2;37,5;06/01/2025;27/06/2025;active;0;0;;80;03/02/2025 A2;;');
    expect(third?.startsWith('Martin;Zoé;')).toBe(true);
    expect(third?.endsWith(';8;7;;;;;')).toBe(true);
  });

  it('writes only the header for a report without employer-funded learners', () => {
    expect(linesOf(reportCsv({ ...report, data: [] }, options))).toHaveLength(1);
  });
});

describe('reportFilename', () => {
  it('names the file after the employer and the day, in ASCII', () => {
    expect(reportFilename(report, new Date('2025-03-05T10:00:00Z'), 'rapport')).toBe('rapport-acme-industrie-2025-03-05.csv');
  });
});
