import type { Database } from '@vigie/db';
import { FieldErrors } from '../errors.ts';
import { measures } from './measures.ts';
import { patternFor } from './patterns.ts';
import { loadPeriod, periodsOf, type StatsCell } from './period.ts';
import type { TableInput, TableOutput } from './schemas.ts';
import { type Constraint, cellOf, crossable, type Dimension } from './suppression/family.ts';
import { refreshedAt, thresholdOf } from './threshold.ts';

/** A combination nobody falls in: counts are 0, means and rates undefined. */
const emptyCell: StatsCell = {
  period: 0, dimA: '', valueA: '', dimB: '', valueB: '', learners: 0, contracts: 0, completed: 0, minutesAttended: 0, sessions: 0,
  sessionsPresent: 0, attendanceLearners: 0, progressSum: 0, progressLearners: 0, surveySum: 0, surveyLearners: 0,
};

const refuse = (field: string, message: string) => new FieldErrors({ [field]: [message] }).asBadRequest();

function checkShape(input: TableInput, byKey: Map<string, Dimension>): Constraint[] {
  const filters = Object.entries(input.filter) as [string, string][];
  if (input.columns && filters.length > 0) throw refuse('filter', 'Un filtre ne se combine pas avec des colonnes : deux dimensions au plus par tableau.');
  if (filters.length > 1) throw refuse('filter', 'Un seul filtre par tableau.');
  const rows = byKey.get(input.rows);
  const other = input.columns ?? filters[0]?.[0];
  const second = other === undefined ? undefined : byKey.get(other);
  if (rows && second && !crossable(rows, second)) throw refuse(input.columns ? 'columns' : 'filter', 'Ces deux dimensions ne se croisent pas.');
  for (const [key, value] of filters) {
    if (!byKey.get(key)?.values.includes(value)) throw refuse(`filter.${key}`, 'Valeur inconnue pour cette période.');
  }
  return filters;
}

/**
 * A table of the period, cut from the rollup: every figure is a cell of the period's family, hidden
 * exactly when the period's suppression pattern hides it. A filter is a cell too: when it is hidden,
 * the filtered table is refused.
 */
export async function statsTable(db: Database, input: TableInput): Promise<TableOutput> {
  if (!(await periodsOf(db)).includes(input.period)) throw refuse('period', 'Aucune statistique pour cette période.');
  const [rollup, k, refreshed] = await Promise.all([loadPeriod(db, input.period), thresholdOf(db), refreshedAt(db)]);
  const byKey = new Map(rollup.dimensions.map((d) => [d.key, d]));
  const filters = checkShape(input, byKey);
  const pattern = patternFor(rollup, k, input.measure, refreshed?.toISOString() ?? '');
  if (filters.length > 0 && pattern.has(cellOf(rollup.dimensions, filters).key)) {
    throw refuse('filter', `Population filtrée trop petite (moins de ${k} apprenants) ou masquée pour protéger une autre case.`);
  }
  const rowValues = byKey.get(input.rows)?.values ?? [];
  const columnValues = input.columns ? (byKey.get(input.columns)?.values ?? []) : [];
  const figure = (row: string | null, column: string | null) => {
    const constraints: Constraint[] = [...filters];
    if (row !== null) constraints.push([input.rows, row]);
    if (column !== null && input.columns) constraints.push([input.columns, column]);
    const key = cellOf(rollup.dimensions, constraints).key;
    const suppressed = pattern.has(key);
    const stored = rollup.cells.get(key);
    const value = suppressed ? null : measures[input.measure].value(stored ?? emptyCell);
    return { row, column, value, suppressed };
  };
  const rowsOf = (column: string | null) => [...rowValues.map((r) => figure(r, column)), figure(null, column)];
  const cells = input.columns ? [...columnValues, null].flatMap((c) => rowsOf(c)) : rowsOf(null);
  return {
    period: input.period,
    measure: input.measure,
    rows: { dimension: input.rows, values: [...rowValues] },
    columns: input.columns ? { dimension: input.columns, values: [...columnValues] } : null,
    filter: input.filter,
    cells,
    threshold: k,
    suppressedCount: cells.filter((c) => c.suppressed).length,
    refreshedAt: refreshed?.toISOString() ?? null,
  };
}
