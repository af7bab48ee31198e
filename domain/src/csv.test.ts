import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, csvCell, type CsvColumn } from './csv.ts';

type Row = { name: string; score: number | null };
const columns: CsvColumn<Row>[] = [
  { header: 'Nom', value: (row) => row.name },
  { header: 'Score', value: (row) => row.score },
];

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Hélène Durand')).toBe('Hélène Durand');
    expect(csvCell(12)).toBe('12');
    expect(csvCell('87,5 %')).toBe('87,5 %');
  });

  it('quotes cells with a separator, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('Dupont; Claire')).toBe('"Dupont; Claire"');
    expect(csvCell('Le "B2" visé')).toBe('"Le ""B2"" visé"');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(' espace')).toBe('" espace"');
  });

  it('neutralises text that Excel would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes a missing value as an empty cell', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('buildCsv', () => {
  it('starts with the UTF-8 byte order mark so Excel reads accents right', () => {
    const csv = buildCsv(columns, [{ name: 'Zoé', score: 1 }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes a header and one CRLF-ended line per row, separated by semicolons', () => {
    const csv = buildCsv(columns, [
      { name: 'Zoé', score: 1 },
      { name: 'Dupont; Claire', score: null },
    ]);
    expect(csv).toBe(`${BOM}Nom;Score\r\nZoé;1\r\n"Dupont; Claire";\r\n`);
  });

  it('writes only the header for an empty report', () => {
    expect(buildCsv(columns, [])).toBe(`${BOM}Nom;Score\r\n`);
  });
});
