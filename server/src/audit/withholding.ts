import { WITHHELD } from '@vigie/domain/withheld';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { recordsOf } from './disclosure.ts';
import type { Purpose } from './purpose.ts';
import { categoryOf, type Disclosed } from './revealed.ts';

/** The marker a withheld value leaves in an answer (`@vigie/domain/withheld`). */
export const withheldMarker = z.object({ withheld: z.literal(true) });

const revealables = new WeakSet<object>();

/** A record field the gateway may withhold: its value, or the marker when the purpose does not cover it. */
export function revealable<T extends z.ZodType>(value: T) {
  const field = z.union([value, withheldMarker]);
  revealables.add(field);
  return field;
}

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[]; innerType?: z.ZodType };

/** The record keys of an output schema that can carry the marker, however deep the records sit. */
export function withholdableKeys(schema: z.ZodType, found: Set<string> = new Set()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (def.shape) {
    for (const [key, field] of Object.entries(def.shape)) {
      if (revealables.has(field)) found.add(key);
      else withholdableKeys(field, found);
    }
  }
  for (const inner of [def.element, def.innerType, ...(def.options ?? [])]) if (inner) withholdableKeys(inner, found);
  return found;
}

/** A read whose records cannot carry the marker where the purpose does not reach: refused whole. */
export class UncoveredRefusal extends TRPCError {
  constructor(readonly purposeCode: string, readonly fields: string[]) {
    super({
      code: 'FORBIDDEN',
      message: `Le motif « ${purposeCode} » ne couvre pas : ${fields.join(', ')} (registre des traitements).`,
    });
  }
}

/**
 * The register applied to an answer: every declared field whose category the purpose's activity does
 * not list is replaced by the marker in each record, and no longer counts as revealed. Returns the
 * answer as it may leave and the fields withheld from it.
 */
export function withholdUncovered(
  entity: string,
  purpose: Purpose,
  withholdable: ReadonlySet<string>,
  { data, audit }: Disclosed<unknown>,
): { disclosed: Disclosed<unknown>; withheld: string[] } {
  const covered = (field: string) => {
    const category = categoryOf(entity, field);
    return category !== undefined && purpose.categories.has(category);
  };
  const withheld = audit.fields.filter((field) => !covered(field));
  if (withheld.length === 0) return { disclosed: { data, audit }, withheld };
  const keys = Object.entries(audit.keys ?? {}).filter(([, fields]) => fields.some((f) => withheld.includes(f)));
  const reachable = new Set(keys.filter(([key]) => withholdable.has(key)).flatMap(([, fields]) => fields));
  const unreachable = withheld.filter((field) => !reachable.has(field) || keys.some(([key, f]) => f.includes(field) && !withholdable.has(key)));
  if (unreachable.length > 0) throw new UncoveredRefusal(purpose.code, unreachable);
  for (const record of recordsOf(data)) {
    for (const [key] of keys) if (key in record) record[key] = WITHHELD;
  }
  return { disclosed: { data, audit: { ...audit, fields: audit.fields.filter(covered) } }, withheld };
}
