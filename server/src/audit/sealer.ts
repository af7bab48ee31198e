import type { Database } from '@vigie/db';
import { dbRoles, schema, selectRows, withRole } from '@vigie/db';
import { desc, sql } from 'drizzle-orm';
import { eventDigest, GENESIS, link, RECIPE, toBuffer } from './chain.ts';
import { JOB_CONNECTIONS } from './job-connections.ts';

// Advisory-lock key: one sealer at a time whatever the number of server processes.
const SEALER_LOCK = 7_240_002;
// Rows per batch: each costs a few statements whatever its size, so the batch is large.
const BATCH = 50_000;
// Digest queries side by side per batch, each on its own connection.
const PARTS = JOB_CONNECTIONS;

/** An event's place in chain order. */
type ChainKey = { eventTxId: number; eventId: number };

interface Head extends ChainKey {
  seq: number;
  hash: Buffer;
}

async function headOf(db: Database): Promise<Head | undefined> {
  const [head] = await db
    .select({
      seq: schema.auditChain.seq,
      hash: schema.auditChain.hash,
      eventTxId: schema.auditChain.eventTxId,
      eventId: schema.auditChain.eventId,
    })
    .from(schema.auditChain)
    .orderBy(desc(schema.auditChain.seq))
    .limit(1);
  return head && { ...head, hash: toBuffer(head.hash) };
}

/**
 * The oldest transaction of this database still running (its 64-bit id), or the next id to be given
 * when none is: every transaction below it has finished, so a later statement sees all its events.
 * Only this database's transactions count (pg_stat_activity, rebuilt to 64 bits from the snapshot's
 * xmax): a long transaction in another database of the cluster (a bench, a report) cannot stall the
 * sealer, as the cluster-wide `pg_snapshot_xmin` would.
 */
const HORIZON = sql`
  WITH now AS (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xmax)
  SELECT least(
    now.xmax,
    (SELECT min(now.xmax - ((now.xmax % 4294967296 - a.backend_xid::text::bigint + 4294967296) % 4294967296))
       FROM pg_stat_activity a
      WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL)
  ) AS horizon
  FROM now`;

type Key = { id: string | number; tx_id: string | number };
type Digested = Key & { digest: Uint8Array | string };

const after = (key: ChainKey | undefined) =>
  key ? sql`(e.tx_id, e.id) > (${key.eventTxId}, ${key.eventId})` : sql`true`;

/**
 * The next events to seal after `last`: the first BATCH of finished transactions' events in chain
 * order. Every transaction below the horizon has ended, so no event can still join these, and any that
 * commits later sorts after them. Read committed: this statement sees every event below the horizon.
 */
async function nextKeys(db: Database, last: ChainKey | undefined): Promise<Key[]> {
  const [{ horizon } = { horizon: 0 }] = await selectRows<{ horizon: string | number }>(db, HORIZON);
  return selectRows<Key>(
    db,
    sql`SELECT e.id, e.tx_id FROM audit_events e WHERE ${after(last)} AND e.tx_id < ${Number(horizon)}
        ORDER BY e.tx_id, e.id LIMIT ${BATCH}`,
  );
}

/**
 * The digests of `keys` (consecutive in chain order), PARTS queries side by side: the digest is most
 * of sealing's cost and each row's is its own, so PostgreSQL computes them on several cores.
 */
async function digestsOf(db: Database, keys: Key[]): Promise<Digested[]> {
  const size = Math.ceil(keys.length / PARTS);
  const parts = Array.from({ length: Math.ceil(keys.length / size) }, (_, i) => keys.slice(i * size, (i + 1) * size));
  const digested = await Promise.all(parts.map((part) => {
    const first = part[0] as Key;
    const last = part[part.length - 1] as Key;
    return withRole(db, dbRoles.auditChain, (tx) => selectRows<Digested>(
      tx,
      sql`SELECT e.id, e.tx_id, ${eventDigest('e')} AS digest FROM audit_events e
          WHERE (e.tx_id, e.id) >= (${first.tx_id}, ${first.id}) AND (e.tx_id, e.id) <= (${last.tx_id}, ${last.id})
          ORDER BY e.tx_id, e.id`,
    ));
  }));
  const rows = digested.flat();
  // The log is append-only and the range closed: anything else is tampering under way, sealed by nobody.
  if (rows.length !== keys.length || rows.some((row, i) => String(row.id) !== String(keys[i]?.id))) {
    throw new Error('audit events changed while being sealed');
  }
  return rows;
}

/** The batch that follows `last` in chain order, with its digests: read before any lock is taken. */
async function readBatch(db: Database, last: ChainKey | undefined): Promise<Digested[]> {
  // The digest covers every column, the staff's IP addresses too: the chain's own role reads them.
  const keys = await withRole(db, dbRoles.auditChain, (tx) => nextKeys(tx, last));
  return keys.length === 0 ? [] : digestsOf(db, keys);
}

/**
 * Appends `rows` after `expected`, in (transaction id, id) order; returns the new head, or null if
 * another process holds the sealer's lock or sealed first. Under the lock the head must still be the
 * one the rows follow, so each event is sealed once whatever the number of processes.
 */
function appendBatch(db: Database, expected: Head | undefined, rows: Digested[]): Promise<Head | null> {
  return withRole(db, dbRoles.auditChain, async (tx) => {
    const [lock] = await selectRows<{ ok: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(${SEALER_LOCK}) AS ok`);
    if (!lock?.ok) return null;
    const head = await headOf(tx);
    if (head?.seq !== expected?.seq) return null;
    let hash = head?.hash ?? GENESIS;
    const hashes = rows.map((row) => {
      hash = link(hash, toBuffer(row.digest));
      return hash.toString('hex');
    });
    // One statement for the whole batch: three arrays, each one parameter, positions from the head's.
    const list = (values: (string | number)[]) => `{${values.join(',')}}`;
    await tx.execute(sql`
      INSERT INTO audit_chain (seq, event_id, event_tx_id, hash, recipe)
      SELECT ${head?.seq ?? 0}::bigint + u.n, u.event_id, u.event_tx_id, decode(u.hash, 'hex'), ${RECIPE}
      FROM unnest(${list(rows.map((row) => row.id))}::bigint[], ${list(rows.map((row) => row.tx_id))}::bigint[],
                  ${list(hashes)}::text[]) WITH ORDINALITY AS u(event_id, event_tx_id, hash, n)`);
    const last = rows[rows.length - 1] as Digested;
    return { seq: (head?.seq ?? 0) + rows.length, hash, eventTxId: Number(last.tx_id), eventId: Number(last.id) };
  });
}

/**
 * Seals until nothing finished is left unsealed; returns how many rows it sealed (it stops early when
 * another process holds the sealer's lock: that one goes on). The batch after the one being written is
 * read meanwhile, its digests on other connections: PostgreSQL computes them on one core while it
 * inserts the links on another.
 */
export async function sealAll(db: Database): Promise<number> {
  let total = 0;
  let head = await headOf(db);
  let reading = readBatch(db, head);
  for (;;) {
    const rows = await reading;
    if (rows.length === 0) return total;
    const last = rows[rows.length - 1] as Digested;
    reading = readBatch(db, { eventTxId: Number(last.tx_id), eventId: Number(last.id) });
    reading.catch(() => {}); // awaited next turn, unless this batch is not ours to write
    const sealed = await appendBatch(db, head, rows);
    if (!sealed) {
      await reading.catch(() => {});
      return total;
    }
    head = sealed;
    total += rows.length;
  }
}

export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
}

/** Records the chain head in the database and returns it for an outside copy (log line, file). */
export function writeCheckpoint(db: Database): Promise<Checkpoint | undefined> {
  return withRole(db, dbRoles.auditChain, (tx) => checkpointIn(tx));
}

async function checkpointIn(db: Database): Promise<Checkpoint | undefined> {
  const head = await headOf(db);
  if (!head) return undefined;
  const [row] = await db
    .insert(schema.auditCheckpoints)
    .values({ seq: head.seq, hash: head.hash })
    .onConflictDoNothing()
    .returning({ createdAt: schema.auditCheckpoints.createdAt });
  const at = (row?.createdAt ?? new Date()).toISOString();
  return { seq: head.seq, hash: head.hash.toString('hex'), at };
}

export const formatCheckpoint = (c: Checkpoint) => `${c.seq}:${c.hash}`;
