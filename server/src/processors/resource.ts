import { schema } from '@vigie/db';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { isEuEea, processorChecks } from './checks.ts';
import { contactFields, type processorFilter, type ProcessorRecord, processorSort } from './schemas.ts';

const { processors, processorContracts: files, activityProcessors: links } = schema;

const filter: FilterSql<z.infer<typeof processorFilter>> = {
  q: (q) => anyColumnContains([processors.name, processors.service], q),
  status: equalTo(processors.status),
  role: equalTo(processors.role),
  country: equalTo(processors.country),
  activityId: (id) =>
    sql`exists (select 1 from ${links} where ${links.processorId} = ${processors.id} and ${links.activityId} = ${id})`,
};

const fields = {
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
  contactName: processors.contactName,
  contactEmail: processors.contactEmail,
  contactPhone: processors.contactPhone,
  status: processors.status,
  fileSize: sql<number | null>`(select ${files.sizeBytes} from ${files} where ${files.processorId} = ${processors.id})`,
  fileUploadedAt: sql<Date | null>`(select ${files.uploadedAt} from ${files} where ${files.processorId} = ${processors.id})`.mapWith(
    files.uploadedAt,
  ),
  createdAt: processors.createdAt,
  updatedAt: processors.updatedAt,
};

/** The processor as stored; `checks` are filled in by `withChecks`, which knows what day it is. */
export const processorReader = defineReader({
  table: processors,
  id: processors.id,
  fields,
  toRecord: ({ fileSize, fileUploadedAt, ...row }): ProcessorRecord => ({
    ...row,
    euEea: isEuEea(row.country),
    contractFile: fileSize == null || !fileUploadedAt ? null : { sizeBytes: Number(fileSize), uploadedAt: instant(fileUploadedAt) },
    checks: [],
    createdAt: instant(row.createdAt),
    updatedAt: instant(row.updatedAt),
  }),
  sort: sortable(fields, processorSort.shape.field.options),
  filter,
  references: { parentId: processors.parentId, activityId: (id) => filter.activityId(id) ?? sql`false` },
  notFound: 'Sous-traitant introuvable.',
});

/** The record as this reader may see it: checks for the day, and no contact person unless allowed. */
export function presentProcessor(record: ProcessorRecord, today: string, seesContacts: boolean): ProcessorRecord {
  const checks = processorChecks({ ...record, hasContractFile: record.contractFile !== null }, today);
  if (seesContacts) return { ...record, checks };
  const shown: ProcessorRecord = { ...record, checks };
  for (const field of contactFields) delete shown[field];
  return shown;
}

/** Locks the processor until the transaction ends (two editors write one after the other). */
export async function lockProcessor(db: Parameters<typeof processorReader.one>[0], id: string) {
  const [row] = await db.select({ id: processors.id }).from(processors).where(eq(processors.id, id)).for('update');
  return row;
}
