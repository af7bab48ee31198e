import { TRPCError } from '@trpc/server';
import type { Response } from 'express';
import { z } from 'zod';
import { canAccess } from '@vigie/domain/access';
import { BOM, csvCell as cell } from '@vigie/domain/csv';
import { journalNamesFr } from '@vigie/domain/journal-fr';
import type { Context } from '../context.ts';
import { originOf } from '../context.ts';
import { recordAuditEvent } from './events.ts';
import { inGateway } from './gateway.ts';
import { periodBound } from './period.ts';
import { requirePurpose } from './purpose.ts';
import { withholdUncovered } from './withholding.ts';
import type { StaffRole } from '@vigie/domain/roles';
import { journalAfter, journalReader } from './resource.ts';
import { type JournalRecord, learnerSubject } from './schemas.ts';

export const EXTRACT_PATH = '/audit/extract.csv';
const PAGE = 2_000;

/** A period (both ends), a learner, or both. */
export const extractQuery = z
  .object({ from: periodBound.optional(), until: periodBound.optional(), learnerId: z.uuid().optional() })
  .refine((q) => q.learnerId !== undefined || (q.from !== undefined && q.until !== undefined), {
    message: 'Indiquez une période (début et fin) ou un stagiaire.',
    path: ['from'],
  });
export type ExtractQuery = z.infer<typeof extractQuery>;

const header = [
  'date',
  'personne',
  'nom',
  'rôle',
  'action',
  'procédure',
  'entité',
  'identifiants',
  'personnes concernées',
  'champs',
  'motif',
  'référence',
  'résultat',
  'ip',
  'navigateur',
];

/** One event as the journal shows it: actions, entities, fields and outcomes in the DPO's words. */
const line = (r: JournalRecord) =>
  [
    r.occurredAt,
    r.actorStaffId,
    r.actorName,
    r.actorRole,
    journalNamesFr.action(r.action),
    r.procedure,
    r.entity ? journalNamesFr.entity(r.entity) : null,
    r.entityIds.join(' '),
    r.subjectIds.join(' '),
    r.fields.map((field) => journalNamesFr.field(r.entity ?? '', field)).join(', '),
    r.purposeCode,
    r.purposeRef,
    journalNamesFr.outcome(r.outcome),
    r.ip,
    r.userAgent,
  ]
    .map(cell)
    .join(';');

type Refusal = { status: number; code: string; message: string; fields?: Record<string, string[]> };

/**
 * Who may extract, with which purpose: the checks of the audited gateway, for an answer that is a
 * stream rather than a procedure's value. A denial is written to the log like any other.
 */
const unauthorized: Refusal = { status: 401, code: 'UNAUTHORIZED', message: 'Session absente ou expirée.' };

async function checkExtract(ctx: Context, query: unknown): Promise<Refusal | ExtractQuery> {
  if (!ctx.staff) return unauthorized;
  if (!canAccess(ctx.staff.role, 'audit', 'export')) {
    await recordAuditEvent(ctx.db, originOf(ctx), { action: 'denied', outcome: 'denied', procedure: 'audit.extract', entity: 'audit' });
    return { status: 403, code: 'FORBIDDEN', message: 'Accès refusé.' };
  }
  const parsed = extractQuery.safeParse(query);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join('.') || '(input)'] ??= []).push(issue.message);
    return { status: 400, code: 'BAD_REQUEST', message: `Données invalides : ${Object.keys(fields).join(', ')}`, fields };
  }
  return parsed.data;
}

/** The next page of the log in the order written, read in the gateway's role like any audited read. */
const pageAfter = (ctx: Context, query: ExtractQuery, after: number) =>
  inGateway(ctx.db, (tx) =>
    journalReader.list(
      tx,
      { pagination: { page: 1, perPage: PAGE }, sort: { field: 'id', order: 'ASC' }, filter: query },
      journalAfter(after),
    ),
  );

/**
 * Streams the extract as CSV. Its audit row is committed before the first byte: if it cannot be
 * written nothing is sent, and an interrupted download still shows as served. The first page is read
 * first, so the row names the fields the reader reveals.
 */
async function streamExtract(ctx: Context, role: StaffRole, query: ExtractQuery, res: Response) {
  const purpose = await requirePurpose(ctx.db, ctx.request.purposeCode, ctx.request.purposeRef, role);
  let page = await pageAfter(ctx, query, 0);
  // A CSV cannot carry the withheld marker: a purpose that does not cover the log's columns is refused.
  withholdUncovered('audit', purpose, new Set(), page);
  await recordAuditEvent(ctx.db, originOf(ctx), {
    action: 'export',
    outcome: 'success',
    procedure: 'audit.extract',
    entity: 'audit',
    subjectIds: query.learnerId ? [learnerSubject(query.learnerId)] : [],
    fields: page.audit.fields,
    purposeCode: purpose.code,
    purposeRef: purpose.ref,
    details: { ...(query.from ? { from: query.from } : {}), ...(query.until ? { until: query.until } : {}) },
  });
  res.status(200);
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="journal-acces.csv"`);
  // The BOM makes spreadsheet software read the accents as UTF-8.
  res.write(`${BOM}${header.join(';')}\r\n`);
  for (;;) {
    const rows = page.data.data;
    if (rows.length === 0) break;
    const ok = res.write(`${rows.map(line).join('\r\n')}\r\n`);
    if (!ok) await new Promise((resolve) => res.once('drain', resolve));
    if (res.destroyed) return;
    page = await pageAfter(ctx, query, rows[rows.length - 1]?.id ?? 0);
  }
  res.end();
}

function refuse(res: Response, refusal: Refusal) {
  const { status, code, message, fields } = refusal;
  res.status(status).json({ error: { message, data: { code, httpStatus: status, ...(fields ? { fields } : {}) } } });
}

const isRefusal = (value: Refusal | ExtractQuery): value is Refusal => 'status' in value && 'code' in value;

/** The whole exchange: checks, then the stream, or a JSON error like the API's. */
export async function answerExtract(ctx: Context, query: unknown, res: Response) {
  const checked = await checkExtract(ctx, query);
  if (isRefusal(checked) || !ctx.staff) return refuse(res, isRefusal(checked) ? checked : unauthorized);
  try {
    await streamExtract(ctx, ctx.staff.role, checked, res);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'BAD_REQUEST' || error.code === 'FORBIDDEN') && !res.headersSent) {
      if (error.code === 'FORBIDDEN') return refuse(res, { status: 403, code: error.code, message: error.message });
      return refuse(res, { status: 400, code: error.code, message: error.message });
    }
    throw error;
  }
}