import { count } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { StaffRole } from '../roles.ts';
import { staffUsers } from '../schema/staff.ts';

export const demoAccounts: { email: string; displayName: string; role: StaffRole }[] = [
  { email: 'agent@vigie.test', displayName: 'Camille Martin', role: 'agent' },
  { email: 'dpo@vigie.test', displayName: 'Dominique Petit', role: 'dpo' },
  { email: 'admin@vigie.test', displayName: 'Alex Bernard', role: 'admin' },
  { email: 'manager@vigie.test', displayName: 'Claude Moreau', role: 'manager' },
];

/** Fills an empty database with demo data; leaves a database that has staff untouched. */
export async function seedDemo(db: Database, passwordHash: string): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(staffUsers);
  if (Number(existing?.n ?? 0) > 0) return false;
  await db.insert(staffUsers).values(demoAccounts.map((account) => ({ ...account, passwordHash })));
  return true;
}
