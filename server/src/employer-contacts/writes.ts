import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { columnsNamed, written } from '../audit/revealed.ts';
import { changesOf } from '../resources/inputs.ts';
import { employerContactReader } from './resource.ts';
import type { EmployerContactUpdateData } from './schemas.ts';

const { employerContacts } = schema;

/** Locks the contact, writes only the fields whose value changes, and the audit names those columns. */
export async function rectifyEmployerContact(db: Database, id: string, data: EmployerContactUpdateData) {
  const [locked] = await db
    .select({ id: employerContacts.id })
    .from(employerContacts)
    .where(eq(employerContacts.id, id))
    .for('update');
  if (!locked) throw new TRPCError({ code: 'NOT_FOUND', message: 'Interlocuteur introuvable.' });
  const before = await employerContactReader.one(db, id);
  const { changed, patch } = changesOf(data, before.data.data);
  if (changed.length > 0) await db.update(employerContacts).set(patch).where(eq(employerContacts.id, id));
  const after = changed.length > 0 ? await employerContactReader.one(db, id) : before;
  return { data: after.data, audit: written(after.audit, employerContacts, columnsNamed(employerContacts, changed)) };
}
