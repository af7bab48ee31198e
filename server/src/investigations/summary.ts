import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import { buildCsv } from '@vigie/domain/csv';
import { TRPCError } from '@trpc/server';
import type { Disclosed } from '../audit/revealed.ts';
import { addressesOf, devicesOf, othersFrom, signInAudit, signInsOf } from './resource.ts';
import type { InvestigationRecord } from './schemas.ts';
import { opaqueLabel, windowStart } from './window.ts';

const MAX_LABELS = 200;

async function requireLearner(db: Database, learnerId: string) {
  const [row] = await db.select({ id: schema.learners.id }).from(schema.learners).where(eq(schema.learners.id, learnerId));
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'Apprenant introuvable.' });
}

/**
 * One learner's sign-ins within the window, the addresses and devices they came from, and how many
 * other learners were seen from those addresses, unnamed. The audit names the learner only: the others
 * are a count until the investigator asks to reveal them (reveal.ts).
 */
export async function investigate(db: Database, now: Date, learnerId: string, caseRef: string): Promise<Disclosed<{ data: InvestigationRecord }>> {
  await requireLearner(db, learnerId);
  const since = windowStart(now);
  const [signIns, ips, devices, others] = await Promise.all([
    signInsOf(db, learnerId, since),
    addressesOf(db, learnerId, since),
    devicesOf(db, learnerId, since),
    othersFrom(db, learnerId, since),
  ]);
  const last = signIns.records[0];
  const data: InvestigationRecord = {
    learnerId,
    since: since.toISOString(),
    lastIp: last?.ip ?? null,
    lastSeen: last?.occurredAt ?? null,
    signIns: signIns.records,
    ips,
    devices,
    others: {
      count: others.length,
      labels: others.slice(0, MAX_LABELS).map((other, i) => ({ label: opaqueLabel(i), sharedIps: other.ips.length })),
    },
  };
  const audit = signInAudit.reveal(signIns.rows);
  return {
    data: { data },
    audit: { ...audit, subjectIds: [`learner:${learnerId}`], purposeRef: caseRef, details: { signIns: signIns.rows.length, othersSeen: others.length } },
  };
}

type Row = { section: string; value: string; detail: string; count: number | null; first: string | null; last: string | null };
const columns = [
  { header: 'Rubrique', value: (r: Row) => r.section },
  { header: 'Valeur', value: (r: Row) => r.value },
  { header: 'Détail', value: (r: Row) => r.detail },
  { header: 'Connexions', value: (r: Row) => r.count },
  { header: 'Première fois (UTC)', value: (r: Row) => r.first },
  { header: 'Dernière fois (UTC)', value: (r: Row) => r.last },
] as const;

/** The investigation as a French spreadsheet (the shared CSV rules): audited as an export. */
export async function exportInvestigation(db: Database, now: Date, learnerId: string, caseRef: string) {
  const { data, audit } = await investigate(db, now, learnerId, caseRef);
  const file = data.data;
  const rows: Row[] = [
    ...file.ips.map((ip) => ({ section: 'Adresse IP', value: ip.ip, detail: '', count: ip.count, first: ip.firstSeen, last: ip.lastSeen })),
    ...file.devices.map((d) => ({ section: 'Navigateur et système', value: d.browser, detail: d.os, count: d.count, first: d.firstSeen, last: d.lastSeen })),
    ...file.signIns.map((s) => ({ section: 'Connexion', value: s.ip, detail: `${s.browser} / ${s.os}`, count: null, first: s.occurredAt, last: null })),
    { section: 'Autres stagiaires vus depuis ces adresses', value: String(file.others.count), detail: 'non nommés', count: null, first: null, last: null },
  ];
  const safeRef = caseRef.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40);
  return {
    data: { data: { filename: `enquete-${safeRef}.csv`, csv: buildCsv(columns, rows) } },
    audit,
  };
}
