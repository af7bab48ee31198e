import { type Database, dbRoles, withRole } from '@vigie/db';

/**
 * The one door to the role that may read declared personal columns (`vigie_gateway`): a transaction
 * of that role, opened only by the audited gateway (trpc.ts) and the audit extract, each of which
 * writes the audit row of what it reads. A test checks that nothing else in the server opens it.
 */
export function inGateway<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  return withRole(db, dbRoles.gateway, work);
}
