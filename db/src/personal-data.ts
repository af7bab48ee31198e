import type { Table } from 'drizzle-orm';
import type { personalDataCategories } from '@vigie/domain/enums';

/** Categories of personal data (in `@vigie/domain/enums`, so that the registers' screens offer the same list). */
export type PersonalDataCategory = (typeof personalDataCategories)[number];

/** Kinds of data subjects; an audit row names subjects as `<kind>:<id>`. */
export const subjectKinds = ['learner', 'staff', 'employer_contact', 'prospect', 'processor_contact'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

type ColumnKey<T extends Table> = Extract<keyof T['_']['columns'], string>;

interface Declared<T extends Table> {
  /** The entity name used by the API and the audit log (`staff`, `learners`...). */
  entity: string;
  /** Whose data a row is, and which column holds that person's id. */
  subject: { kind: SubjectKind; key: ColumnKey<T> };
  /** The personal-data columns (by their TypeScript names), each with its category. */
  columns: Partial<Record<ColumnKey<T>, PersonalDataCategory>>;
  /**
   * Columns the database computes from declared ones (a stored search text), with their sources:
   * granted as those are, never read out, erased or handed over on their own (they follow their sources).
   */
  derived?: Partial<Record<ColumnKey<T>, readonly ColumnKey<T>[]>>;
}

export interface PersonalDataDeclaration {
  entity: string;
  table: Table;
  subject: { kind: SubjectKind; key: string };
  columns: Partial<Record<string, PersonalDataCategory>>;
  derived?: Partial<Record<string, readonly string[]>>;
}

/** Declares a table's personal-data columns once, beside the table; the audit derives everything from it. */
export function declarePersonalData<T extends Table>(
  table: T,
  declaration: Declared<T>,
): PersonalDataDeclaration {
  return { table, ...declaration };
}

export function personalColumnNames(declaration: PersonalDataDeclaration): string[] {
  return Object.keys(declaration.columns);
}
