import { openDatabase, RUNTIME_ROLE } from '@vigie/db';
import postgres from 'postgres';
import { getStaff } from '../src/staff/accounts.ts';
import { findSession } from '../src/auth/sessions.ts';
const url = 'postgres://postgres@127.0.0.1:5432/vigie_bench_probe';
const database = await openDatabase({ url });
const sql = postgres(url, { max: 10, connection: { role: RUNTIME_ROLE } });
const [{ id }] = await sql`select id from staff_users limit 1`;
const token = (await import('node:fs')).readFileSync('/tmp/cookie', 'utf8').trim();
async function time(name: string, f: () => Promise<unknown>, n = 1000) {
  for (let i = 0; i < 100; i++) await f();
  const t = performance.now();
  for (let i = 0; i < n; i++) await f();
  console.log(name, ((performance.now() - t) / n).toFixed(3), 'ms/op sequential');
  const t2 = performance.now();
  await Promise.all(Array.from({ length: 32 }, async () => { for (let i = 0; i < n / 32; i++) await f(); }));
  console.log(name, ((performance.now() - t2) / n).toFixed(3), 'ms/op at 32 concurrent');
}
await time('postgres.js tagged', () => sql`select id, email from staff_users where id = ${id}`);
await time('postgres.js unsafe', () => sql.unsafe('select id, email from staff_users where id = $1', [id]));
await time('drizzle getStaff', () => getStaff(database.db, id));
await time('drizzle findSession', () => findSession(database.db, token, new Date(), { idleMs: 1e9, maxMs: 1e9 }));
await time('drizzle tx + getStaff', () => database.db.transaction((tx) => getStaff(tx, id)));
await sql.end(); await database.close();
