import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Cell = string | number;

/** A plain text table: the first row is the header, numbers are right-aligned. */
export function printTable(rows: Cell[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => String(row[i] ?? '').length))) ?? [];
  const line = (row: Cell[]) =>
    row
      .map((cell, i) => (typeof cell === 'number' ? String(cell).padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ');
  const [header, ...body] = rows;
  if (!header) return;
  console.log(`  ${line(header)}`);
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of body) console.log(`  ${line(row)}`);
}

export const fixed = (value: number, digits = 2) => Number(value.toFixed(digits));

/** One JSON line on stdout (`{"bench":...`), and the same figures in server/bench/results/<name>-<time>.json (gitignored). */
export function saveResults(name: string, figures: object): string {
  const json = JSON.stringify({ bench: name, at: new Date().toISOString(), ...figures });
  console.log(`\n${json}`);
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${json}\n`);
  return file;
}

export const section = (title: string) => console.log(`\n== ${title}`);
