import type { Database, PersonalDataCategory } from '@vigie/db';
import { schema } from '@vigie/db';
import { arrayContains, eq, max } from 'drizzle-orm';
import { parisDay } from '@vigie/domain/calendar';
import { personalDataCategories } from '@vigie/domain/enums';
import { collectLearnerData } from '../answer/subject-data.ts';
import { itemsOf, PROOF_GROUND, PROOF_YEARS, proofItems, tableFates } from './outcome.ts';
import { addPeriod, type CategoryDecision, type LegalHold, planErasure, type RetentionFacts } from './plan.ts';
import type { CategoryOutcome, ErasureItem, ErasureOutcome } from './schemas.ts';

const { activities, interactions, learners, trainingContracts } = schema;
const declared = new Map(schema.personalDataDeclarations.map((d) => [d.entity, d.table]));

/** The register's retention rules for learners' data, each with the activity it comes from. */
async function learnerRules(db: Database) {
  const rows = await db
    .select({ name: activities.name, retention: activities.retention })
    .from(activities)
    .where(arrayContains(activities.subjectCategories, ['learner']));
  return rows.flatMap((a) => a.retention.map((rule) => ({ ...rule, activity: a.name })));
}

/** The days the learner's retention periods run from, and the legal hold placed on them. */
async function learnerFacts(db: Database, learnerId: string): Promise<{ facts: RetentionFacts; hold: LegalHold | null }> {
  const [learner] = await db
    .select({ createdAt: learners.createdAt, until: learners.legalHoldUntil, reason: learners.legalHoldReason })
    .from(learners)
    .where(eq(learners.id, learnerId));
  if (!learner) throw new Error('learner not found');
  const [contract] = await db
    .select({ end: max(trainingContracts.endDate) })
    .from(trainingContracts)
    .where(eq(trainingContracts.learnerId, learnerId));
  const [exchange] = await db
    .select({ last: max(interactions.occurredAt) })
    .from(interactions)
    .where(eq(interactions.learnerId, learnerId));
  const facts: RetentionFacts = {
    collection: parisDay(learner.createdAt),
    contract_end: contract?.end ?? null,
    last_exchange: exchange?.last ? parisDay(new Date(exchange.last)) : null,
    // The notice's consent is the newsletter's: an erasure request withdraws it, nothing is kept for it.
    consent_withdrawal: null,
  };
  const hold = learner.until && learner.reason ? { until: learner.until, reason: learner.reason } : null;
  return { facts, hold };
}

/**
 * A category's verdict as its items tell it: one whose every item stays (the sessions a kept attendance
 * sheet proves) says keep, on the ground of the item kept longest. A field-scoped keep leaves the plan.
 */
function settled(decision: CategoryDecision, items: ErasureItem[]): CategoryOutcome {
  const plain = decision.action === 'keep' ? decision : { category: decision.category, action: 'erase' as const };
  const kept = items.filter((i) => i.action === 'keep' && i.ground && i.until);
  if (decision.action === 'keep' || items.length === 0 || kept.length < items.length) return { ...plain, items };
  const longest = kept.reduce((a, b) => ((b.until ?? '') > (a.until ?? '') ? b : a));
  return { category: decision.category, action: 'keep', ground: longest.ground, until: longest.until, items };
}

/**
 * What erasing the learner's data would do today: per category held, erased or kept (ground, until
 * when), table by table; and the proof kept. The execution follows the same outcome.
 */
export async function erasureOutcome(db: Database, learnerId: string, today: string) {
  const tables = await collectLearnerData(db, learnerId);
  const { facts, hold } = await learnerFacts(db, learnerId);
  const proof = proofItems(tables, addPeriod(today, PROOF_YEARS, 'years'));
  const held = new Set(
    tables
      .filter((t) => t.records.length > 0 && !proof.some((p) => p.entity === t.entity))
      .flatMap((t) => Object.values(t.categories) as PersonalDataCategory[]),
  );
  const categories = personalDataCategories.filter((c) => held.has(c));
  const decisions = planErasure({ categories, rules: await learnerRules(db), facts, hold, today });
  const byCategory = new Map(decisions.map((d) => [d.category, d]));
  const fates = tableFates(tables, byCategory, declared);
  const outcome: ErasureOutcome = {
    learnerId,
    today,
    hold: hold && hold.until >= today ? hold : null,
    categories: decisions.map((d) => settled(d, itemsOf(d.category, d, tables, fates))),
    proof: { ground: PROOF_GROUND, until: addPeriod(today, PROOF_YEARS, 'years'), items: proof },
  };
  return { outcome, fates };
}
