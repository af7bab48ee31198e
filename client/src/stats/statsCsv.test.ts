import { BOM } from '@vigie/domain/csv';
import { describe, expect, it } from 'vitest';
import { statsCsv, statsFilename } from './statsCsv.ts';
import type { StatsTableData } from './types.ts';

// Keys stand in for the messages, but for the hidden mark, which the CSV must say as the screen does.
const translate = (key: string) => (key === 'vigie.stats.suppressedMark' ? 'masqué' : (key.split('.').pop() ?? key));

const table: StatsTableData = {
  period: 2026,
  measure: 'hoursAttended',
  rows: { dimension: 'region', values: ['ara', 'hdf'] },
  columns: { dimension: 'month', values: ['01', '02'] },
  filter: {},
  cells: [
    { row: 'ara', column: '01', value: 1234.5, suppressed: false },
    { row: 'hdf', column: '01', value: null, suppressed: true },
    { row: null, column: '01', value: 1500, suppressed: false },
    { row: 'ara', column: '02', value: 12, suppressed: false },
    { row: 'hdf', column: '02', value: null, suppressed: true },
    { row: null, column: '02', value: 20, suppressed: false },
    { row: 'ara', column: null, value: 1246.5, suppressed: false },
    { row: 'hdf', column: null, value: 273.5, suppressed: false },
    { row: null, column: null, value: 1520, suppressed: false },
  ],
  threshold: 5,
  suppressedCount: 2,
  refreshedAt: null,
};

describe('the statistics CSV', () => {
  it('holds the table as shown: labels, French figures, "masqué" for hidden cells, totals last', () => {
    const lines = statsCsv(table, translate, 'fr').slice(BOM.length).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'region;Janvier;Février;total',
      'ara;1\u202f234,5;12;1\u202f246,5',
      'hdf;masqué;masqué;273,5',
      'total;1\u202f500;20;1\u202f520',
    ]);
  });

  it('names the file after the period and the dimensions', () => {
    expect(statsFilename(table, 'statistiques')).toBe('statistiques-2026-region-month.csv');
  });
});
