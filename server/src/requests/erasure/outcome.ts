import { type PersonalDataCategory, schema } from '@vigie/db';
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { SubjectTable } from '../answer/subject-data.ts';
import { type CategoryDecision, fieldKeptBy } from './plan.ts';
import type { ErasureItem } from './schemas.ts';

/** What one table undergoes: its rows deleted, or kept with some nullable columns emptied. */
export interface TableFate {
  table: Table;
  entity: string;
  deleteRows: boolean;
  /** TypeScript names of the columns emptied in the rows kept. */
  emptied: string[];
}

/**
 * The proof of the answer (Art. 5(2), 12 and 17(3)(e)): the request and its timeline, and the register
 * of authority requests, are kept for the limitation period of a claim about them.
 */
export const PROOF_GROUND =
  'Preuve de la réponse apportée et des communications aux autorités (RGPD, art. 5.2, 12 et 17.3.e) : prescription de cinq ans (code civil, art. 2224)';
export const PROOF_YEARS = 5;
/** The history of blocks and holds (append-only) proves what was decided about the learner, and why. */
export const DECISIONS_GROUND =
  'Preuve des décisions de blocage et de conservation et de leurs motifs, pour établir les faits (RGPD, art. 17.3.e) : prescription de cinq ans (code civil, art. 2224)';
const proofEntities = new Set(['requests', 'requestEvents', 'disclosures', 'learnerDecisions']);
/** The learner's own row stays, emptied, so that the request file still points somewhere. */
const LEARNERS = getTableName(schema.learners);

type Kept = Extract<CategoryDecision, { action: 'keep' }>;
const later = (a: Kept | undefined, b: Kept | undefined) => (!a ? b : !b ? a : b.until > a.until ? b : a);

const categoriesOf = (t: SubjectTable) => [...new Set(Object.values(t.categories))] as PersonalDataCategory[];

/** The tables whose rows reference `table` (a contract's attendance and assessments). */
const referencing = (table: Table, among: SubjectTable[], tables: Map<string, Table>) =>
  among.filter((t) =>
    getTableConfig(tables.get(t.entity) as PgTable).foreignKeys.some((fk) => fk.reference().foreignTable === table),
  );

/** The fields of a table a field-scoped ground keeps, each as the keep it implies for its row. */
function fieldsKeptIn(t: SubjectTable, decisions: Map<PersonalDataCategory, CategoryDecision>): Kept[] {
  return Object.entries(t.categories).flatMap(([field, category]) => {
    const kept = category && fieldKeptBy(decisions.get(category), field);
    return kept && category ? [{ category, action: 'keep' as const, ground: kept.ground, until: kept.until, activity: kept.activity }] : [];
  });
}

/**
 * Per table: a row goes when every category it holds goes; a row kept for one category keeps its
 * mandatory columns of the others (a kept attendance sheet keeps the session it proves) and loses the
 * optional ones; a parent row is kept while a kept child points at it.
 */
export function tableFates(
  tables: SubjectTable[],
  decisions: Map<PersonalDataCategory, CategoryDecision>,
  declared: Map<string, Table>,
): (TableFate & { keptBy: Kept | undefined; data: SubjectTable })[] {
  const own = tables.filter((t) => !proofEntities.has(t.entity) && t.table !== LEARNERS);
  const keptBy = new Map<string, Kept | undefined>();
  for (const t of own) {
    const kept = categoriesOf(t)
      .map((c) => decisions.get(c))
      .filter((d): d is Kept => d?.action === 'keep');
    keptBy.set(t.entity, [...kept, ...fieldsKeptIn(t, decisions)].reduce<Kept | undefined>(later, undefined));
  }
  for (const t of own) {
    const table = declared.get(t.entity) as Table;
    for (const child of referencing(table, own, declared)) {
      keptBy.set(t.entity, later(keptBy.get(t.entity), keptBy.get(child.entity)));
    }
  }
  return own.map((data) => {
    const table = declared.get(data.entity) as Table;
    const columns = getTableColumns(table);
    const by = keptBy.get(data.entity);
    const erasedFields = Object.entries(data.categories)
      .filter(([field, c]) => c && decisions.get(c)?.action === 'erase' && !fieldKeptBy(decisions.get(c), field))
      .map(([field]) => field);
    const emptied = by ? erasedFields.filter((f) => !columns[f]?.notNull) : [];
    return { table, entity: data.entity, deleteRows: !by, emptied, keptBy: by, data };
  });
}

/** The items of one category: per table, what goes and what stays, with the ground of what stays. */
export function itemsOf(
  category: PersonalDataCategory,
  decision: CategoryDecision,
  tables: SubjectTable[],
  fates: ReturnType<typeof tableFates>,
): ErasureItem[] {
  const items: ErasureItem[] = [];
  const keep = (d: Kept) => ({ action: 'keep' as const, ground: d.ground, until: d.until });
  for (const t of tables) {
    const fields = Object.keys(t.categories).filter((f) => t.categories[f] === category);
    if (fields.length === 0 || t.records.length === 0 || proofEntities.has(t.entity)) continue;
    const base = { entity: t.entity, records: t.records.length };
    const fate = fates.find((f) => f.entity === t.entity);
    if (decision.action === 'keep') {
      items.push({ ...base, fields, ...keep(decision) });
      continue;
    }
    // Fields a ground covers on their own (the objection to visits) stay on that ground, the rest as below.
    for (const kept of decision.keptFields ?? []) {
      const covered = fields.filter((f) => fieldKeptBy(decision, f) === kept);
      if (covered.length) items.push({ ...base, fields: covered, action: 'keep', ground: kept.ground, until: kept.until });
    }
    const rest = fields.filter((f) => !fieldKeptBy(decision, f));
    if (rest.length === 0) continue;
    if (!fate || fate.deleteRows || !fate.keptBy) {
      items.push({ ...base, fields: rest, action: 'erase' });
    } else {
      const gone = rest.filter((f) => fate.emptied.includes(f));
      const stay = rest.filter((f) => !gone.includes(f));
      if (gone.length) items.push({ ...base, fields: gone, action: 'erase' });
      if (stay.length) items.push({ ...base, fields: stay, ...keep(fate.keptBy) });
    }
  }
  return items;
}

/** The proof's share of what is held: kept whole, whatever the plan says. */
export function proofItems(tables: SubjectTable[], until: string): ErasureItem[] {
  return tables
    .filter((t) => proofEntities.has(t.entity) && t.records.length > 0)
    .map((t) => ({ entity: t.entity, records: t.records.length, fields: Object.keys(t.categories), action: 'keep', ground: t.entity === 'learnerDecisions' ? DECISIONS_GROUND : PROOF_GROUND, until }));
}
