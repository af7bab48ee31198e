import { type Database, schema, selectRows } from '@vigie/db';
import { eq, getTableColumns, getTableName, sql } from 'drizzle-orm';
import { fieldsOf, subjectsIn } from '../../audit/revealed.ts';
import { lockLearner } from '../../learners/writes.ts';
import { type Actor, applyStep, lockRequest, requireExecutable } from '../workflow.ts';
import type { TableFate } from './outcome.ts';
import type { ErasureOutcome } from './schemas.ts';
import { erasureOutcome } from './preview.ts';

const { learners, learnersPersonalData, personalDataDeclarations } = schema;
const learnerColumns = getTableColumns(learners);
const subjectKeyOf = new Map(personalDataDeclarations.map((d) => [d.entity, d.subject.key]));

/** An emptied column of the learner's row: null, its default, or an empty text where it must hold one. */
function blank(field: string) {
  const column = learnerColumns[field as keyof typeof learnerColumns];
  if (!column.notNull) return null;
  return column.hasDefault ? sql`default` : '';
}

/** The learner's row stays (the request file points at it): marked erased, the erased fields emptied. */
async function emptyLearner(db: Database, learnerId: string, outcome: ErasureOutcome) {
  // The learner's own fields as the outcome's items say: those of an erase item go, the rest stay.
  const fields = outcome.categories.flatMap((c) =>
    c.items.filter((i) => i.entity === learnersPersonalData.entity && i.action === 'erase').flatMap((i) => i.fields),
  );
  const patch = Object.fromEntries(fields.map((field) => [field, blank(field)]));
  await db
    .update(learners)
    .set({ ...patch, status: 'erased', updatedAt: sql`now()` })
    .where(eq(learners.id, learnerId));
  return fields;
}

/** Optional columns of erased categories, emptied in the rows kept for another category. */
async function emptyColumns(db: Database, learnerId: string, fates: TableFate[]) {
  for (const fate of fates.filter((f) => !f.deleteRows && f.emptied.length > 0)) {
    const columns = getTableColumns(fate.table);
    const key = columns[subjectKeyOf.get(fate.entity) ?? 'learnerId'];
    const set = sql.join(fate.emptied.map((f) => sql`${sql.identifier(columns[f]?.name ?? f)} = null`), sql`, `);
    await db.execute(sql`update ${fate.table} set ${set} where ${key} = ${learnerId}`);
  }
}

/** The rows that go, through the owner's function (migration 0013): the app role has no DELETE there. */
async function deleteRows(db: Database, learnerId: string, fates: TableFate[]): Promise<Record<string, number>> {
  const names = fates.filter((f) => f.deleteRows).map((f) => getTableName(f.table));
  if (names.length === 0) return {};
  const list = sql.join(names.map((n) => sql`${n}`), sql`, `);
  const [row] = await selectRows<{ counts: Record<string, number> }>(
    db,
    sql`select vigie_erase_learner_rows(${learnerId}, array[${list}]::text[]) as counts`,
  );
  return row?.counts ?? {};
}

/**
 * Erases, in the caller's transaction, what the outcome says goes today, and marks the learner erased;
 * while everything is kept (a legal hold), nothing changes. The one rule set of an erasure request and
 * of the retention engine's end-of-contract policy.
 */
export async function applyErasure(db: Database, learnerId: string, today: string) {
  await lockLearner(db, learnerId);
  const { outcome, fates } = await erasureOutcome(db, learnerId, today);
  let fields: string[] = [];
  let deleted: Record<string, number> = {};
  if (outcome.categories.some((c) => c.action === 'erase')) {
    // Access answers not yet downloaded are whole copies of the file: they go first, whatever is kept.
    await db.delete(schema.requestPackages).where(eq(schema.requestPackages.learnerId, learnerId));
    fields = await emptyLearner(db, learnerId, outcome);
    await emptyColumns(db, learnerId, fates);
    deleted = await deleteRows(db, learnerId, fates);
  }
  return { outcome, fields, deleted };
}

/** The audit row's fields: the learner's columns the erasure emptied. */
export const erasedFields = (fields: string[]) =>
  fieldsOf(learners, fields.map((field) => learnerColumns[field as keyof typeof learnerColumns]));

/**
 * Art. 17, approved by the DPO: in the caller's one transaction, erases what the outcome says goes,
 * marks the learner erased and writes the `executed` step whose details are the written answer's facts.
 * A request that asked for erasure only is then completed.
 */
export async function executeErasure(db: Database, actor: Actor, id: string) {
  const request = await lockRequest(db, id);
  requireExecutable(request, 'erasure');
  const learnerId = request.learnerId;
  const { outcome, fields, deleted } = await applyErasure(db, learnerId, actor.today);
  // An erasure-only request is answered once executed (the written answer follows): it closes. With
  // other rights still to handle, it stays open for them and the DPO completes it.
  const answered = request.types.every((type) => type === 'erasure');
  await applyStep(db, actor.staffId, request, {
    kind: 'executed',
    ...(answered ? { status: 'completed' as const, patch: { closedAt: actor.now } } : {}),
    details: { right: 'erasure', outcome, deleted },
  });
  return {
    data: { data: { id: learnerId, requestId: id, outcome } },
    audit: {
      fields: erasedFields(fields),
      subjectIds: subjectsIn('learner', learnerId),
      details: { requestId: id, deleted },
    },
  };
}
