import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, getTableColumns } from 'drizzle-orm';
import type { z } from 'zod';
import { columnsNamed, written } from '../audit/revealed.ts';
import { changesOf } from '../resources/inputs.ts';
import { prospectReader } from './resource.ts';
import type { prospectCreateData, ProspectUpdateData } from './schemas.ts';

const { prospects } = schema;

const toRow = <T extends { lastContactAt?: string | undefined }>(data: T) => {
  const { lastContactAt, ...rest } = data;
  return lastContactAt ? { ...rest, lastContactAt: new Date(lastContactAt) } : rest;
};

/** An agent records a contact-form message (received now); the audit names every column written. */
export async function createProspect(db: Database, data: z.infer<typeof prospectCreateData>) {
  const [row] = await db.insert(prospects).values(toRow(data)).returning({ id: prospects.id });
  if (!row) throw new Error('prospect not inserted');
  const read = await prospectReader.one(db, row.id);
  return { data: read.data, audit: written(read.audit, prospects, Object.values(getTableColumns(prospects)).filter((c) => c.name !== 'id' && c.name !== 'created_at' && c.name !== 'updated_at')) };
}

/** A correction (or a new contact they initiated): only the changed fields are written and audited. */
export async function correctProspect(db: Database, id: string, data: ProspectUpdateData) {
  const [locked] = await db.select({ id: prospects.id }).from(prospects).where(eq(prospects.id, id)).for('update');
  if (!locked) throw new TRPCError({ code: 'NOT_FOUND', message: 'Prospect introuvable.' });
  const before = await prospectReader.one(db, id);
  const typed = data.lastContactAt ? { ...data, lastContactAt: new Date(data.lastContactAt).toISOString() } : data;
  const { changed, patch } = changesOf(typed, before.data.data);
  if (changed.length > 0) await db.update(prospects).set({ ...toRow(patch), updatedAt: new Date() }).where(eq(prospects.id, id));
  const after = changed.length > 0 ? await prospectReader.one(db, id) : before;
  return { data: after.data, audit: written(after.audit, prospects, columnsNamed(prospects, changed)) };
}
