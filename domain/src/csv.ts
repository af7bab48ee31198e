/**
 * CSV for French spreadsheets, server- and client-side alike: `;` between cells (the comma is the decimal separator in French
 * Excel), CRLF line ends, and a UTF-8 byte order mark, without which Excel reads "Hélène" as "HÃ©lÃ¨ne".
 */
export const BOM = '\uFEFF';
const SEPARATOR = ';';

export type CsvColumn<Row> = { header: string; value: (row: Row) => string | number | null | undefined };

export function csvCell(value: string | number | null | undefined): string {
  if (value == null) return '';
  let text = String(value);
  // A cell that starts like a formula would run as one in Excel (CSV injection): make it plain text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One header line, then exactly one line per row given, in order. */
export function buildCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [
    columns.map((column) => csvCell(column.header)),
    ...rows.map((row) => columns.map((column) => csvCell(column.value(row)))),
  ];
  return BOM + lines.map((cells) => cells.join(SEPARATOR)).join('\r\n') + '\r\n';
}
