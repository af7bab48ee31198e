import { schema } from '@vigie/db';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { isEuEea, processorChecks } from './checks.ts';
import { type processorFilter, type ProcessorRecord, processorSort } from './schemas.ts';

const { processors, processorContracts: files, activityProcessors: links } = schema;

const filter: FilterSql<z.infer<typeof processorFilter>> = {
  q: (q) => anyColumnContains([processors.name, processors.service], q),
  status: equalTo(processors.status),
  role: equalTo(processors.role),
  country: equalTo(processors.country),
  activityId: (id) =>
    sql`exists (select 1 from ${links} where ${links.processorId} = ${processors.id} and ${links.activityId} = ${id})`,
};

const summaryFields = {
  id: processors.id,
  name: processors.name,
  service: processors.service,
  role: processors.role,
  parentId: processors.parentId,
  country: processors.country,
  adequacyDecision: processors.adequacyDecision,
  safeguard: processors.safeguard,
  safeguardVersion: processors.safeguardVersion,
  dataCategories: processors.dataCategories,
  purposes: processors.purposes,
  activityIds: sql<string[]>`coalesce((select array_agg(${links.activityId}::text order by ${links.activityId}) from ${links} where ${links.processorId} = ${processors.id}), '{}')`,
  contractSignedOn: processors.contractSignedOn,
  contractReviewOn: processors.contractReviewOn,
  securityMeasures: processors.securityMeasures,
  status: processors.status,
  fileSize: sql<number | null>`(select ${files.sizeBytes} from ${files} where ${files.processorId} = ${processors.id})`,
  fileUploadedAt: sql<Date | null>`(select ${files.uploadedAt} from ${files} where ${files.processorId} = ${processors.id})`.mapWith(
    files.uploadedAt,
  ),
  createdAt: processors.createdAt,
  updatedAt: processors.updatedAt,
};

const fields = {
  ...summaryFields,
  contactName: processors.contactName,
  contactEmail: processors.contactEmail,
  contactPhone: processors.contactPhone,
};

const common = {
  table: processors,
  id: processors.id,
  toRecord: <R extends { fileSize: number | null; fileUploadedAt: Date | null; country: string; createdAt: Date; updatedAt: Date }>({
    fileSize,
    fileUploadedAt,
    ...row
  }: R) => ({
    ...row,
    euEea: isEuEea(row.country),
    contractFile: fileSize == null || !fileUploadedAt ? null : { sizeBytes: Number(fileSize), uploadedAt: instant(fileUploadedAt) },
    checks: [],
    createdAt: instant(row.createdAt),
    updatedAt: instant(row.updatedAt),
  }),
  sort: sortable(summaryFields, processorSort.shape.field.options),
  filter,
  references: { parentId: processors.parentId, activityId: (id: string) => filter.activityId(id) ?? sql`false` },
  notFound: 'Sous-traitant introuvable.',
};

/** The processor as stored, with its contact person; `checks` are filled in by `withChecks`. */
export const processorReader = defineReader({ ...common, fields, toRecord: (row): ProcessorRecord => common.toRecord(row) });

/** The same without the contact person: what managers read, and the dashboard's alerts. */
export const processorSummaryReader = defineReader({
  ...common,
  fields: summaryFields,
  toRecord: (row): ProcessorRecord => common.toRecord(row),
});

/** Today's checks of a processor (the day moves, the stored record does not). */
export const withChecks = (today: string) => (record: ProcessorRecord): ProcessorRecord => ({
  ...record,
  checks: processorChecks({ ...record, hasContractFile: record.contractFile !== null }, today),
});

/** Locks the processor until the transaction ends (two editors write one after the other). */
export async function lockProcessor(db: Parameters<typeof processorReader.one>[0], id: string) {
  const [row] = await db.select({ id: processors.id }).from(processors).where(eq(processors.id, id)).for('update');
  return row;
}
