import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { and, asc, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { hashPassword } from '../auth/passwords.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import { badField, sqlStateOf, UNIQUE_VIOLATION } from '../errors.ts';
import type { pagination } from '../resource-params.ts';
import type {
  StaffRecord,
  staffCreateData,
  staffFilter,
  staffSort,
  staffUpdateData,
} from './schemas.ts';

const { staffUsers } = schema;

const columns = {
  id: staffUsers.id,
  email: staffUsers.email,
  displayName: staffUsers.displayName,
  role: staffUsers.role,
  disabled: staffUsers.disabled,
  createdAt: staffUsers.createdAt,
  updatedAt: staffUsers.updatedAt,
};

type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] };

const toRecord = (row: Row): StaffRecord => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(filter: z.infer<typeof staffFilter> = {}): SQL | undefined {
  const pattern = filter.q ? `%${escapeLike(filter.q)}%` : undefined;
  return and(
    pattern ? or(ilike(staffUsers.displayName, pattern), ilike(staffUsers.email, pattern)) : undefined,
    filter.role ? eq(staffUsers.role, filter.role) : undefined,
    filter.disabled !== undefined ? eq(staffUsers.disabled, filter.disabled) : undefined,
  );
}

export async function listStaff(
  db: Database,
  params: {
    pagination: z.infer<typeof pagination>;
    sort: z.infer<typeof staffSort>;
    filter?: z.infer<typeof staffFilter> | undefined;
  },
) {
  const where = whereOf(params.filter);
  const { page, perPage } = params.pagination;
  const order = params.sort.order === 'ASC' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(staffUsers)
      .where(where)
      .orderBy(order(columns[params.sort.field]), asc(staffUsers.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ n: count() }).from(staffUsers).where(where),
  ]);
  return { data: rows.map(toRecord), total: total?.n ?? 0 };
}

export async function getStaff(db: Database, id: string): Promise<StaffRecord> {
  const [row] = await db.select(columns).from(staffUsers).where(eq(staffUsers.id, id));
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'Compte introuvable.' });
  return toRecord(row);
}

export async function getManyStaff(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.select(columns).from(staffUsers).where(inArray(staffUsers.id, ids));
  return rows.map(toRecord);
}

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
  const [row] = await uniqueEmail(
    db.insert(staffUsers).values({ ...account, passwordHash }).returning(columns),
  );
  return toRecord(row as Row);
}

/** Updates an account; disabling it ends its sessions at once. Returns the record and what changed. */
export async function updateStaff(
  db: Database,
  id: string,
  data: z.infer<typeof staffUpdateData>,
  actorId: string,
) {
  const before = await getStaff(db, id);
  const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
    (key) => data[key] !== undefined && data[key] !== before[key],
  );
  // An admin who disables or demotes their own account could leave nobody to undo it.
  if (id === actorId && changed.includes('disabled')) {
    throw badField('data.disabled', 'Vous ne pouvez pas désactiver votre propre compte.');
  }
  if (id === actorId && changed.includes('role')) {
    throw badField('data.role', 'Vous ne pouvez pas changer votre propre rôle.');
  }
  if (changed.length === 0) return { record: before, changed };
  const patch = Object.fromEntries(changed.map((key) => [key, data[key]]));
  const [row] = await uniqueEmail(
    db
      .update(staffUsers)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(staffUsers.id, id))
      .returning(columns),
  );
  if (data.disabled) await endSessionsOf(db, id);
  return { record: toRecord(row as Row), changed };
}

export async function resetStaffPassword(db: Database, id: string, password: string) {
  await getStaff(db, id);
  const passwordHash = await hashPassword(password);
  await db.update(staffUsers).set({ passwordHash, updatedAt: sql`now()` }).where(eq(staffUsers.id, id));
  await endSessionsOf(db, id);
}
