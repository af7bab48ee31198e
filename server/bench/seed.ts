import { type Database, selectRows, type VigieDatabase } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/auth/passwords.ts';

export const BENCH_PASSWORD = 'bench password, never in production';

export interface SeededStaff {
  adminEmail: string;
  ids: string[];
  /** The seeded accounts' e-mails by role (password BENCH_PASSWORD): one session per simulated user. */
  emails: Record<'admin' | 'agent', string[]>;
}

/** `count` staff accounts and one admin to sign in as, all sharing one argon2 hash (~50 ms each). */
export async function seedStaff(database: VigieDatabase, count: number): Promise<SeededStaff> {
  const tag = Date.now().toString(36);
  const hash = await hashPassword(BENCH_PASSWORD);
  const adminEmail = `bench-admin-${tag}@vigie.test`;
  const ids = await database.asOwner(async (owner) => {
    await owner.execute(sql`
      INSERT INTO staff_users (email, display_name, role, password_hash, created_at, updated_at)
      SELECT 'bench-' || ${tag} || '-' || g || '@vigie.test',
             (ARRAY['Camille','Dominique','Alex','Claude','Sacha','Morgan','Lou'])[1 + g % 7] || ' ' ||
             (ARRAY['Martin','Petit','Bernard','Moreau','Durand','Leroy','Roux','Faure'])[1 + g % 8] || ' ' || g,
             (ARRAY['agent','agent','agent','manager','dpo','admin'])[1 + g % 6],
             ${hash}, now() - g * interval '37 minutes', now() - g * interval '11 minutes'
      FROM generate_series(1, ${count}) g`);
    await owner.execute(sql`
      INSERT INTO staff_users (email, display_name, role, password_hash)
      VALUES (${adminEmail}, 'Bench Admin', 'admin', ${hash})`);
    return selectRows<{ id: string; email: string; role: string }>(
      owner,
      sql`SELECT id, email, role FROM staff_users WHERE email LIKE ${`bench-${tag}-%`}`,
    );
  });
  const emailsOf = (role: string) => ids.filter((row) => row.role === role).map((row) => row.email);
  return { adminEmail, ids: ids.map((row) => row.id), emails: { admin: emailsOf('admin'), agent: emailsOf('agent') } };
}

export async function countAuditEvents(db: Database): Promise<number> {
  const [row] = await selectRows<{ n: string | number }>(db, sql`SELECT count(*) AS n FROM audit_events`);
  return Number(row?.n ?? 0);
}

/**
 * One batch of plausible audit rows, as the owner: 60% shows, 30% lists of 10, 10% sign-ins, by
 * existing staff, under the usual purposes, spread back in time three seconds apart.
 */
function insertBatch(owner: Database, from: number, to: number, total: number) {
  return owner.execute(sql`
    WITH s AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(role ORDER BY id) AS roles,
                      count(*)::int AS n FROM staff_users)
    INSERT INTO audit_events (occurred_at, request_id, actor_staff_id, actor_role, actor_session_hash, ip,
      user_agent, action, procedure, entity, entity_ids, subject_ids, fields, purpose_code, outcome, details)
    SELECT now() - (${total} - g) * interval '3 seconds', gen_random_uuid(),
           s.ids[1 + (g / 40) % s.n], s.roles[1 + (g / 40) % s.n],
           encode(sha256(convert_to('session ' || (g / 40), 'UTF8')), 'hex'),
           '10.' || (g / 40) % 200 || '.' || (g / 8000) % 250 || '.' || 1 + (g / 40) % 250,
           (ARRAY['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
                  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'])[1 + (g / 40) % 2],
           x.action,
           CASE x.action WHEN 'read' THEN 'staff.getOne' WHEN 'list' THEN 'staff.getList' ELSE 'auth.login' END,
           'staff', t.ids, ARRAY(SELECT 'staff:' || u FROM unnest(t.ids) u),
           CASE WHEN x.action = 'login' THEN '{}'::text[] ELSE '{displayName,email}'::text[] END,
           CASE WHEN x.action = 'login' THEN NULL
                ELSE (ARRAY['administration','dsr','quality','learner_request'])[1 + g % 4] END,
           'success',
           CASE WHEN x.action = 'login' THEN NULL ELSE jsonb_build_object('count', cardinality(t.ids)) END
    FROM generate_series(${from}::int, ${to}::int) g
    CROSS JOIN s
    CROSS JOIN LATERAL (SELECT CASE WHEN g % 10 < 6 THEN 'read' WHEN g % 10 < 9 THEN 'list'
                                    ELSE 'login' END AS action) x
    CROSS JOIN LATERAL (SELECT CASE WHEN x.action = 'list'
        THEN ARRAY(SELECT s.ids[1 + ((g::bigint * 31 + k) % s.n)::int]::text FROM generate_series(0, 9) k)
        ELSE ARRAY[s.ids[1 + (g::bigint * 7919 % s.n)::int]::text] END AS ids) t`);
}

/** Tops the audit log up to `target` rows, 100k rows a transaction. Returns how many were added. */
export async function seedAuditEvents(
  database: VigieDatabase,
  target: number,
  progress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const missing = Math.max(0, target - (await countAuditEvents(database.db)));
  const batch = 100_000;
  await database.asOwner(async (owner) => {
    for (let from = 1; from <= missing; from += batch) {
      const to = Math.min(missing, from + batch - 1);
      await insertBatch(owner, from, to, missing);
      progress(to, missing);
    }
  });
  return missing;
}
