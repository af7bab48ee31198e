import type { PersonalDataDeclaration } from '@vigie/db';
import { schema } from '@vigie/db';
import type { AuditAction, AuditEventInput } from './events.ts';
import type { Revealed } from './revealed.ts';

/** What a personal-data procedure is, for its audit row: the entity (a personal-data declaration) and the action. */
export interface Disclosure {
  entity: string;
  action: AuditAction;
  /** A purpose the procedure always serves (`dsr` for the steps of a request), whatever the caller picked. */
  purpose?: string;
}

const declarations = new Map(schema.personalDataDeclarations.map((d) => [d.entity, d]));

export function declarationOf(entity: string): PersonalDataDeclaration {
  const declaration = declarations.get(entity);
  if (!declaration) throw new Error(`No personal-data declaration for entity "${entity}"`);
  return declaration;
}

/** react-admin answers carry their records in `data`, one object or an array. */
export function recordsOf(output: unknown): Record<string, unknown>[] {
  const data = (output as { data?: unknown } | null)?.data ?? output;
  if (Array.isArray(data)) return data as Record<string, unknown>[];
  return data && typeof data === 'object' ? [data as Record<string, unknown>] : [];
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

const unique = <T>(values: T[]) => [...new Set(values)];

/** The audit row of a disclosure: the procedure's declaration, the filters used, and what the handler revealed. */
export function describeDisclosure(
  disclosure: Disclosure,
  input: unknown,
  output: unknown,
  revealed: Revealed,
): Omit<AuditEventInput, 'outcome'> {
  const declaration = declarationOf(disclosure.entity);
  const filters = filtersUsed(input);
  return {
    action: disclosure.action === 'list' && filters.includes('q') ? 'search' : disclosure.action,
    entity: disclosure.entity,
    entityIds: unique(revealed.entityIds ?? []),
    subjectIds: unique([...referencedSubjects(input, declaration), ...revealed.subjectIds]),
    fields: revealed.fields,
    details: { ...(filters.length ? { filters } : {}), count: recordsOf(output).length, ...revealed.details },
  };
}
