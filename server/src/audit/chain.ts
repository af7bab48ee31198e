import { hash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';

/** The hash before the first link. */
export const GENESIS = Buffer.alloc(32);

/** The digest recipe new links are sealed with (audit_chain.recipe). */
export const RECIPE = 2;

// Every column, in a fixed order: the digest covers the whole row.
const COLUMNS = [
  'id', 'occurred_at', 'tx_id', 'request_id', 'actor_staff_id', 'actor_role', 'actor_session_hash', 'ip',
  'user_agent', 'action', 'procedure', 'entity', 'entity_ids', 'subject_ids', 'fields', 'purpose_code',
  'purpose_ref', 'outcome', 'details',
] as const;

/**
 * Recipe 1: SHA-256 of the row as JSON text, times as microseconds since the epoch so that the
 * session's time zone cannot change the text. Turning 19 columns into JSON text was most of the cost.
 */
function jsonDigest(alias: string): string {
  const columns = COLUMNS.map((c) => (c === 'occurred_at' ? `(extract(epoch from ${alias}.${c}) * 1000000)::bigint` : `${alias}.${c}`));
  return `sha256(convert_to(json_build_array(${columns.join(', ')})::text, 'UTF8'))`;
}

/**
 * Recipe 2: SHA-256 of the row in PostgreSQL's binary form (`record_send`): each column's type, length
 * (or null) and bytes, so no two different rows encode alike; times as microseconds since 2000, whatever
 * the session's time zone. 1.8 times cheaper than recipe 1 (4.8 million rows: 8.9 s against 15.8 s).
 */
function binaryDigest(alias: string): string {
  return `sha256(record_send(ROW(${COLUMNS.map((c) => `${alias}.${c}`).join(', ')})))`;
}

/**
 * SHA-256 of one audit row, computed by PostgreSQL, by the recipe given: a number, or the SQL of a
 * link's `recipe` column (any value but 1 reads as 2, so that a forged flag cannot switch the check
 * off). Written here, not as a database function, so that whoever can alter the database cannot alter
 * the recipe too.
 */
export function eventDigest(alias: string, recipe: number | string = RECIPE): SQL {
  if (typeof recipe === 'number') return sql.raw(recipe === 1 ? jsonDigest(alias) : binaryDigest(alias));
  return sql.raw(`(CASE WHEN ${recipe} = 1 THEN ${jsonDigest(alias)} ELSE ${binaryDigest(alias)} END)`);
}

/** One link: the previous hash followed by the row's digest. */
export function link(previous: Uint8Array, digest: Uint8Array): Buffer {
  // One-shot hash: about twice as fast as createHash for 64 bytes, and verify does this per row.
  return hash('sha256', Buffer.concat([previous, digest]), 'buffer');
}

export const toBuffer = (bytes: Uint8Array | string): Buffer =>
  typeof bytes === 'string' ? Buffer.from(bytes.replace(/^\\x/, ''), 'hex') : Buffer.from(bytes);
