import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { BOM, buildCsv, type CsvColumn } from '@vigie/domain/csv';
import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq, isNotNull, isNull, ne, not, or, sql } from 'drizzle-orm';
import { exists } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { auditSelection, type Disclosed, type Revealed } from '../audit/revealed.ts';

const { learners, prospects, subjectRequestEvents, auditPurposes, activityProcessors, processors, processorTransfers } = schema;
const qb = new QueryBuilder();

/** One person of the audience, whatever the source (a learner, a prospect). */
export interface Recipient {
  email: string;
  firstName: string;
  lastName: string;
}

/** An objection to the newsletter on the record of a request (Art. 21), even if consent was ticked again since. */
const objectedToNewsletter = exists(
  qb
    .select({ one: sql`1` })
    .from(subjectRequestEvents)
    .where(
      and(
        eq(subjectRequestEvents.learnerId, learners.id),
        eq(subjectRequestEvents.kind, 'objection_recorded'),
        sql`${subjectRequestEvents.details}->>'processing' = 'newsletter'`,
      ),
    ),
);

const learnerSelection = { id: learners.id, email: learners.email, firstName: learners.firstName, lastName: learners.lastName };
const learnerAudit = auditSelection(learners, learnerSelection, learners.id);

/** Who may receive the newsletter among learners: consent, and no objection, restriction or erasure since. */
const learnerReceives = and(
  eq(learners.newsletterConsent, true),
  isNull(learners.restrictedAt),
  ne(learners.status, 'erased'),
  not(objectedToNewsletter),
);

/**
 * A learner under a prospect's address who already receives the newsletter (one line is enough), or
 * who objected or is restricted: that person's refusal holds whichever record the address sits on.
 */
const learnerSettlesAddress = (email: typeof prospects.email) =>
  exists(
    qb
      .select({ one: sql`1` })
      .from(learners)
      .where(
        and(
          sql`lower(${learners.email}) = lower(${email})`,
          or(learnerReceives, isNotNull(learners.restrictedAt), objectedToNewsletter),
        ),
      ),
  );

const prospectSelection = { id: prospects.id, email: prospects.email, fullName: prospects.fullName };
const prospectAudit = auditSelection(prospects, prospectSelection, prospects.id);

/** A read of another table than the transfer's entity names its fields by table (`prospects.email`). */
const byTable = (table: string, audit: Revealed): Revealed => ({ ...audit, fields: audit.fields.map((field) => `${table}.${field}`) });

/**
 * The sources of the audience, each with its own rule of who may receive the newsletter. A prospect
 * withdraws consent on their own record (an objection to a newsletter is that), and an erased one is
 * gone from the table; an address a learner already settles is not sent twice, nor against a refusal.
 */
const sources = [
  {
    async read(db: Database) {
      const rows = await db
        .select(learnerSelection)
        .from(learners)
        .where(learnerReceives)
        .orderBy(asc(learners.lastName), asc(learners.firstName), asc(learners.id));
      return { recipients: rows as Recipient[], audit: learnerAudit.reveal(rows) };
    },
  },
  {
    async read(db: Database) {
      const rows = await db
        .select(prospectSelection)
        .from(prospects)
        .where(and(eq(prospects.newsletterConsent, true), not(learnerSettlesAddress(prospects.email))))
        .orderBy(asc(prospects.fullName), asc(prospects.id));
      // The contact form asks for one name: Brevo's NOM holds it whole rather than a guessed split.
      const recipients = rows.map((row) => ({ email: row.email, firstName: '', lastName: row.fullName }));
      return { recipients, audit: byTable('prospects', prospectAudit.reveal(rows)) };
    },
  },
] as const;

/** Brevo's contact import: a header of its attribute names, `;` between cells, UTF-8 without a BOM. */
const brevoColumns: CsvColumn<Recipient>[] = [
  { header: 'EMAIL', value: (r) => r.email },
  { header: 'PRENOM', value: (r) => r.firstName },
  { header: 'NOM', value: (r) => r.lastName },
];
export const brevoCsv = (recipients: readonly Recipient[]) => buildCsv(brevoColumns, recipients).slice(BOM.length);

/** The processor the register names for the newsletter's activity (Brevo in the notice), if any. */
export async function newsletterProcessor(db: Database) {
  const [row] = await db
    .select({ id: processors.id, name: processors.name })
    .from(auditPurposes)
    .innerJoin(activityProcessors, eq(activityProcessors.activityId, auditPurposes.activityId))
    .innerJoin(processors, eq(processors.id, activityProcessors.processorId))
    .where(and(eq(auditPurposes.code, 'newsletter'), eq(processors.status, 'active')))
    .orderBy(asc(processors.name));
  return row;
}

export interface Audience {
  processorId: string;
  processorName: string;
  count: number;
  transferredAt: string;
  csv: string;
}

/**
 * The newsletter's audience handed to its processor: a transfer, recorded as such (the transfer's
 * row here, the recipients' ids in the audit row, never their addresses).
 */
export async function newsletterAudience(db: Database, staffId: string): Promise<Disclosed<{ data: Audience }>> {
  const processor = await newsletterProcessor(db);
  if (!processor) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: "Aucun sous-traitant actif n'est lié à la lettre d'information dans le registre." });
  }
  const read = await Promise.all(sources.map((source) => source.read(db)));
  const recipients = read.flatMap((r) => r.recipients);
  const [transfer] = await db
    .insert(processorTransfers)
    .values({ processorId: processor.id, kind: 'newsletter', recipientCount: recipients.length, staffId })
    .returning({ id: processorTransfers.id, at: processorTransfers.transferredAt });
  const audits = read.map((r) => r.audit);
  return {
    data: {
      data: {
        processorId: processor.id,
        processorName: processor.name,
        count: recipients.length,
        transferredAt: (transfer?.at ?? new Date()).toISOString(),
        csv: brevoCsv(recipients),
      },
    },
    audit: {
      fields: [...new Set(audits.flatMap((a) => a.fields))].sort(),
      subjectIds: audits.flatMap((a) => a.subjectIds),
      details: { processorId: processor.id, transferId: transfer?.id, count: recipients.length },
    },
  };
}

/**
 * A processor's last transfer and how many people it carried, and whether the newsletter's audience
 * goes to it (its page offers the export then): names nobody.
 */
export async function lastTransfer(db: Database, processorId: string) {
  const [[row], receiver] = await Promise.all([
    db
      .select({ transferredAt: processorTransfers.transferredAt, recipientCount: processorTransfers.recipientCount })
      .from(processorTransfers)
      .where(eq(processorTransfers.processorId, processorId))
      .orderBy(desc(processorTransfers.transferredAt))
      .limit(1),
    newsletterProcessor(db),
  ]);
  return {
    data: row ? { ...row, transferredAt: row.transferredAt.toISOString() } : null,
    receivesNewsletter: receiver?.id === processorId,
  };
}
