import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { columnsNamed, type Revealed, written } from '../audit/revealed.ts';
import { hashPassword } from '../auth/passwords.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import { badField, sqlStateOf, UNIQUE_VIOLATION } from '../errors.ts';
import { changesOf } from '../resources/inputs.ts';
import { staffReader } from './resource.ts';
import type { staffCreateData, staffUpdateData } from './schemas.ts';

const { staffUsers } = schema;

/** Turns the unique index on lower(email) into a field error rather than a 500. */
async function uniqueEmail<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (sqlStateOf(error) === UNIQUE_VIOLATION) throw badField('data.email', 'Cette adresse est déjà utilisée.');
    throw error;
  }
}

export async function createStaff(db: Database, data: z.infer<typeof staffCreateData>) {
  const { password, ...account } = data;
  const passwordHash = await hashPassword(password);
  const [row] = await uniqueEmail(db.insert(staffUsers).values({ ...account, passwordHash }).returning({ id: staffUsers.id }));
  if (!row) throw new Error('staff account not created');
  const read = await staffReader.one(db, row.id);
  return { data: read.data, audit: written(read.audit, staffUsers, columnsNamed(staffUsers, [...Object.keys(account), 'passwordHash'])) };
}

/** Updates an account; disabling it ends its sessions at once. The audit names what changed. */
export async function updateStaff(db: Database, id: string, data: z.infer<typeof staffUpdateData>, actorId: string) {
  const before = await staffReader.one(db, id);
  const { changed, patch } = changesOf(data, before.data.data);
  // An admin who disables or demotes their own account could leave nobody to undo it.
  if (id === actorId && changed.includes('disabled')) {
    throw badField('data.disabled', 'Vous ne pouvez pas désactiver votre propre compte.');
  }
  if (id === actorId && changed.includes('role')) {
    throw badField('data.role', 'Vous ne pouvez pas changer votre propre rôle.');
  }
  if (changed.length > 0) {
    await uniqueEmail(db.update(staffUsers).set({ ...patch, updatedAt: sql`now()` }).where(eq(staffUsers.id, id)));
    if (data.disabled) await endSessionsOf(db, id);
  }
  const after = changed.length > 0 ? await staffReader.one(db, id) : before;
  return { data: after.data, audit: written(after.audit, staffUsers, columnsNamed(staffUsers, changed)) };
}

export async function resetStaffPassword(db: Database, id: string, password: string): Promise<{ data: { data: { id: string } }; audit: Revealed }> {
  const read = await staffReader.one(db, id);
  const passwordHash = await hashPassword(password);
  await db.update(staffUsers).set({ passwordHash, updatedAt: sql`now()` }).where(eq(staffUsers.id, id));
  await endSessionsOf(db, id);
  return { data: { data: { id } }, audit: written(read.audit, staffUsers, [staffUsers.passwordHash]) };
}
