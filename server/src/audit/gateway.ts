import { type Database, dbRoles, withRole, withRoleInOneWrite } from '@vigie/db';

/**
 * The one door to the role that may read declared personal columns (`vigie_gateway`): a transaction
 * of that role, opened only by the audited gateway (trpc.ts) and the audit extract, each of which
 * writes the audit row of what it reads. A test checks that nothing else in the server opens it.
 * A read opens it in one write with its first query; a change, which may use savepoints, in drizzle's.
 */
export function inGateway<T>(db: Database, work: (tx: Database) => Promise<T>, kind: 'read' | 'change' = 'change'): Promise<T> {
  return kind === 'read' ? withRoleInOneWrite(db, dbRoles.gateway, work) : withRole(db, dbRoles.gateway, work);
}
