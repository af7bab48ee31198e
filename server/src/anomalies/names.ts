import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { inArray } from 'drizzle-orm';
import { type Disclosed, fieldsOf } from '../audit/revealed.ts';
import type { FlagRecord } from './schemas.ts';

const { anomalyFlags, learners } = schema;

/** What the flagged staff member did, in the queue's words. */
const actionWords: Record<string, string> = {
  read: 'Ouverture de la fiche de',
  export: 'Export des données de',
};

const learnerIdsOf = (flag: FlagRecord): string[] =>
  flag.rule === 'restricted_learner' && Array.isArray(flag.details['learners'])
    ? (flag.details['learners'] as unknown[]).filter((id): id is string => typeof id === 'string')
    : [];

/**
 * Names the learner and the staff member of each blocked/restricted-learner flag in one French
 * sentence. The names are personal data the queue reveals: the audit row of the read names those
 * learners and their name fields, as any other read of them.
 */
export async function withSummaries<A extends { data: FlagRecord | FlagRecord[] }>(db: Database, answer: Disclosed<A>): Promise<Disclosed<A>> {
  const flags = [answer.data.data].flat();
  const ids = [...new Set(flags.flatMap(learnerIdsOf))];
  if (ids.length === 0) return answer;
  const rows = await db
    .select({ id: learners.id, firstName: learners.firstName, lastName: learners.lastName })
    .from(learners)
    .where(inArray(learners.id, ids));
  const names = new Map(rows.map((row) => [row.id, `${row.firstName} ${row.lastName}`]));
  const summarise = (flag: FlagRecord): FlagRecord => {
    const learnerIds = learnerIdsOf(flag);
    if (learnerIds.length === 0) return flag;
    const who = learnerIds.map((id) => names.get(id) ?? 'un stagiaire inconnu').join(', ');
    const what = actionWords[String(flag.details['action'])] ?? 'Consultation des données de';
    return { ...flag, summary: `${what} ${who} par ${flag.actorName ?? 'un membre inconnu de l’équipe'}` };
  };
  const data = answer.data.data;
  const audit = answer.audit;
  return {
    data: { ...answer.data, data: Array.isArray(data) ? data.map(summarise) : summarise(data) },
    audit: {
      ...audit,
      fields: [...new Set([...audit.fields, ...fieldsOf(anomalyFlags, [learners.firstName, learners.lastName])])].sort(),
      subjectIds: [...new Set([...audit.subjectIds, ...rows.map((row) => `learner:${row.id}`)])],
    },
  };
}
