import { type Database, dbRoles, withRole } from '@vigie/db';
import type { Services } from '../context.ts';

/**
 * The one door to the role that may read declared personal columns (`vigie_gateway`), opened only by
 * the audited gateway (trpc.ts), the audit extract and the end-of-contract erasure, each of which writes
 * the audit row of what it reads. A test checks that nothing else in the server opens it.
 */

/** A change: a transaction of that role, in which the caller also writes the audit row. */
export function inGateway<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  return withRole(db, dbRoles.gateway, work);
}

/** A read: as that role, unable to write (`readAs`); the caller appends the audit row before answering. */
export function readInGateway<T>(services: Pick<Services, 'readAs'>, work: (db: Database) => Promise<T>): Promise<T> {
  return services.readAs(dbRoles.gateway, work);
}
