import type { PersonalDataCategory } from '@vigie/db';
import { strToU8, zipSync } from 'fflate';
import { buildCsv, type CsvColumn } from '@vigie/domain/csv';
import { personalDataCategories } from '@vigie/domain/enums';
import type { SubjectTable } from './subject-data.ts';

/** What goes into the answer to an access or portability request, besides the data itself. */
export interface AnswerPackageParts {
  generatedAt: Date;
  learnerId: string;
  tables: SubjectTable[];
  /** The French cover letter, a printable HTML page. */
  letterHtml: string;
  /** Which staff roles read or changed the data, and when (from the audit log). */
  accesses: { occurredAt: string; role: string; action: string; entity: string; fields: string[]; purpose: string }[];
}

type Cell = { table: string; id: string; field: string; value: string };

const cellColumns: CsvColumn<Cell>[] = [
  { header: 'table', value: (c) => c.table },
  { header: 'identifiant', value: (c) => c.id },
  { header: 'champ', value: (c) => c.field },
  { header: 'valeur', value: (c) => c.value },
];

const accessColumns: CsvColumn<AnswerPackageParts['accesses'][number]>[] = [
  { header: 'date', value: (a) => a.occurredAt },
  { header: 'rôle', value: (a) => a.role },
  { header: 'action', value: (a) => a.action },
  { header: 'données', value: (a) => a.entity },
  { header: 'champs', value: (a) => a.fields.join(', ') },
  { header: 'motif', value: (a) => a.purpose },
];

const text = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** One long CSV per category: each declared field of each record, with its table and record. */
function categoryCells(tables: SubjectTable[]): Map<PersonalDataCategory, Cell[]> {
  const cells = new Map<PersonalDataCategory, Cell[]>();
  for (const { table, categories, records } of tables) {
    for (const { key: id, values } of records) {
      for (const [field, category] of Object.entries(categories)) {
        if (!category) continue;
        const list = cells.get(category) ?? [];
        list.push({ table, id, field, value: text(values[field]) });
        cells.set(category, list);
      }
    }
  }
  return cells;
}

const extensions: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** Binary values (the photo) as files of their own, the JSON naming each file where the value was. */
function binaryFiles(tables: SubjectTable[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const { records } of tables) {
    for (const { values, files: binaries } of records) {
      for (const { column, bytes } of binaries) {
        const extension = extensions[text(values.mimeType)] ?? 'bin';
        const name = `fichiers/${text(values[column])}.${extension}`;
        values[column] = name;
        files[name] = bytes;
      }
    }
  }
  return files;
}

/**
 * The answer package (GDPR Art. 15 and 20): `donnees.json` (every record, structured: the portability
 * format), `categories/<category>.csv`, the binary files, the cover letter and the access summary;
 * with the names of its files.
 */
export function buildAnswerPackage(parts: AnswerPackageParts): { bytes: Uint8Array; files: string[] } {
  const files = binaryFiles(parts.tables);
  const json = {
    generatedAt: parts.generatedAt.toISOString(),
    subject: { kind: 'learner', id: parts.learnerId },
    tables: parts.tables.map(({ entity, table, categories, records }) => ({
      entity,
      table,
      categories,
      records: records.map((r) => r.values),
    })),
  };
  const entries: Record<string, Uint8Array> = {
    'donnees.json': strToU8(`${JSON.stringify(json, null, 2)}\n`),
    'lettre.html': strToU8(parts.letterHtml),
    'acces.csv': strToU8(buildCsv(accessColumns, parts.accesses)),
    ...files,
  };
  const cells = categoryCells(parts.tables);
  for (const category of personalDataCategories) {
    const rows = cells.get(category);
    if (rows) entries[`categories/${category}.csv`] = strToU8(buildCsv(cellColumns, rows));
  }
  // Fixed times in the archive: the same data gives the same bytes, whatever the clock.
  return { bytes: zipSync(entries, { level: 6, mtime: parts.generatedAt }), files: Object.keys(entries).sort() };
}
