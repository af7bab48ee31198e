/**
 * Bench part (c): `GET /trpc/staff.getOne?input=...` answered by node:http and postgres.js alone, with
 * the same SELECT by id and pool size as the server: the cost of the database alone. Its connections
 * start as the gateway's role (the run-time role may not read a staff member's name); with
 * VIGIE_BENCH_BARE_SWITCH=1 they start as the run-time role and each read is the gateway's own
 * `BEGIN; SET LOCAL ROLE; SELECT; COMMIT` (c-switch): the difference is what the role switch costs.
 * A child process like bench/serve.ts; prints one `{"benchReady":...}` line once it listens.
 */
import { createServer } from 'node:http';
import { dbRoles } from '@vigie/db';
import postgres from 'postgres';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('bench/bare.ts needs DATABASE_URL');
const switching = process.env.VIGIE_BENCH_BARE_SWITCH === '1';
const role = switching ? dbRoles.app : dbRoles.gateway;
const sql = postgres(url, { max: 10, onnotice: () => {}, connection: { role } });

interface StaffRow {
  id: string;
  email: string;
  displayName: string;
  role: string;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

function idOf(requestUrl: string | undefined): string | null {
  const input = new URL(requestUrl ?? '/', 'http://bench').searchParams.get('input');
  if (!input) return null;
  const parsed: unknown = JSON.parse(input);
  const id = (parsed as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

const server = createServer(async (req, res) => {
  try {
    const id = idOf(req.url);
    if (!id) throw new Error('no id');
    const read = (q: postgres.Sql | postgres.TransactionSql) => q<StaffRow[]>`
      SELECT id, email, display_name AS "displayName", role, disabled,
             created_at AS "createdAt", updated_at AS "updatedAt"
      FROM staff_users WHERE id = ${id}`;
    const [row] = switching
      ? await sql.begin(async (tx) => {
          await tx.unsafe(`SET LOCAL ROLE ${dbRoles.gateway}`);
          return read(tx);
        })
      : await read(sql);
    if (!row) throw new Error('not found');
    const data = { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ result: { data: { data } } }));
  } catch {
    res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad request"}');
  }
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(JSON.stringify({ benchReady: true, port, router: 'bare', pid: process.pid }));
});

process.once('SIGTERM', () => {
  server.close();
  void sql.end().then(() => process.exit(0));
});
