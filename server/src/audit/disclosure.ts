import type { PersonalDataDeclaration } from '@vigie/db';
import { personalColumnNames, schema } from '@vigie/db';
import type { AuditAction, AuditEventInput } from './events.ts';

/** What a personal-data procedure reveals: the entity (a personal-data declaration) and the action. */
export interface Disclosure {
  entity: string;
  action: AuditAction;
  /** A purpose the procedure always serves (`dsr` for the steps of a request), whatever the caller picked. */
  purpose?: string;
}

/**
 * Set by a handler: on a write, the fields it changed when they are not simply the keys it was sent; on
 * a read, declared fields it revealed under another name (a photo's `bytes` sent as `base64`).
 */
export interface AuditNotes {
  fields?: string[];
  /** Subjects the answer is about beyond those its records name (the learner an audit history is of). */
  subjectIds?: string[];
  details?: Record<string, unknown>;
  /** The case file the operation serves (`request:<id>`), in place of the reference the caller typed. */
  purposeRef?: string;
}

const declarations = new Map(schema.personalDataDeclarations.map((d) => [d.entity, d]));

export function declarationOf(entity: string): PersonalDataDeclaration {
  const declaration = declarations.get(entity);
  if (!declaration) throw new Error(`No personal-data declaration for entity "${entity}"`);
  return declaration;
}

type Row = Record<string, unknown>;

/** react-admin answers carry their records in `data`, one object or an array. */
export function recordsOf(output: unknown): Row[] {
  const data = (output as { data?: unknown } | null)?.data ?? output;
  if (Array.isArray(data)) return data as Row[];
  return data && typeof data === 'object' ? [data as Row] : [];
}

/** Names of the filters that were used, never their values (a search box holds personal data). */
function filtersUsed(input: unknown): string[] {
  const filter = (input as { filter?: unknown } | null)?.filter;
  if (!filter || typeof filter !== 'object') return [];
  return Object.entries(filter)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name]) => name)
    .sort();
}

function inputDataKeys(input: unknown): string[] {
  const data = (input as { data?: unknown } | null)?.data;
  return data && typeof data === 'object' ? Object.keys(data) : [];
}

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * A look-up by the subject's own key (`contracts` of learner X, as a reference target or a filter)
 * names that subject even when nothing came back: "X has no contract" was disclosed too.
 */
export function referencedSubjects(input: unknown, declaration: PersonalDataDeclaration): string[] {
  const { key, kind } = declaration.subject;
  const { target, id, filter } = (input ?? {}) as { target?: unknown; id?: unknown; filter?: Record<string, unknown> };
  const asked = [target === key ? id : undefined, filter?.[key]];
  return asked
    .filter((value) => typeof value === 'string' || typeof value === 'number')
    .map((value) => `${kind}:${value}`);
}

/** Derives the audit row of a disclosure from the declaration, the input and what was returned. */
export function describeDisclosure(
  disclosure: Disclosure,
  input: unknown,
  output: unknown,
  notes: AuditNotes,
): Omit<AuditEventInput, 'outcome'> {
  const declaration = declarationOf(disclosure.entity);
  const personal = new Set(personalColumnNames(declaration));
  const records = recordsOf(output);
  const isWrite = ['create', 'update', 'delete'].includes(disclosure.action);
  const shown = isWrite
    ? (notes.fields ?? inputDataKeys(input))
    : [...records.flatMap(Object.keys), ...(notes.fields ?? [])];
  const filters = filtersUsed(input);
  const { key, kind } = declaration.subject;
  // A key may hold several subjects (the learners of an authority's request).
  const subjectsOf = (r: Row) => [r[key]].flat().filter((id) => id != null).map((id) => `${kind}:${String(id)}`);
  // A record read without any declared column (a processor shown to a manager, without its contact
  // person) names nobody; a write always names whom it changed.
  const named = isWrite ? records : records.filter((r) => Object.keys(r).some((f) => personal.has(f)));
  return {
    action: disclosure.action === 'list' && filters.includes('q') ? 'search' : disclosure.action,
    entity: disclosure.entity,
    entityIds: unique(records.filter((r) => r.id != null).map((r) => String(r.id))),
    subjectIds: unique([
      ...(notes.subjectIds ?? []),
      ...referencedSubjects(input, declaration),
      ...named.flatMap(subjectsOf),
    ]),
    fields: unique(shown.filter((f) => personal.has(f))).sort(),
    details: { ...(filters.length ? { filters } : {}), count: records.length, ...notes.details },
  };
}
