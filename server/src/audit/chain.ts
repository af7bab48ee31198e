import { hash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';

/** The hash before the first link. */
export const GENESIS = Buffer.alloc(32);

/**
 * SHA-256 of one audit row, computed by PostgreSQL from every column in a fixed order. Written here,
 * not as a database function, so that whoever can alter the database cannot alter the recipe too.
 * Times are taken as microseconds since the epoch so the session's time zone cannot change the text.
 */
export function eventDigest(alias: string): SQL {
  const e = (column: string) => `${alias}.${column}`;
  const columns = [
    e('id'),
    `(extract(epoch from ${e('occurred_at')}) * 1000000)::bigint`,
    e('tx_id'),
    e('request_id'),
    e('actor_staff_id'),
    e('actor_role'),
    e('actor_session_hash'),
    e('ip'),
    e('user_agent'),
    e('action'),
    e('procedure'),
    e('entity'),
    e('entity_ids'),
    e('subject_ids'),
    e('fields'),
    e('purpose_code'),
    e('purpose_ref'),
    e('outcome'),
    e('details'),
  ];
  return sql.raw(`sha256(convert_to(json_build_array(${columns.join(', ')})::text, 'UTF8'))`);
}

/** One link: the previous hash followed by the row's digest. */
export function link(previous: Uint8Array, digest: Uint8Array): Buffer {
  // One-shot hash: about twice as fast as createHash for 64 bytes, and verify does this per row.
  return hash('sha256', Buffer.concat([previous, digest]), 'buffer');
}

export const toBuffer = (bytes: Uint8Array | string): Buffer =>
  typeof bytes === 'string' ? Buffer.from(bytes.replace(/^\\x/, ''), 'hex') : Buffer.from(bytes);
