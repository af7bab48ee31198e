import postgres from 'postgres';
import { openDatabase, type VigieDatabase } from './client.ts';

/**
 * A throwaway database on a PostgreSQL server (tests, benchmarks): created and migrated here,
 * dropped when closed. `serverUrl` names any database on that server; its user must create databases.
 */
export async function openScratchDatabase(
  serverUrl: string,
  name: string,
  options: { poolSize?: number } = {},
): Promise<VigieDatabase & { url: string }> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), migrate: true, poolSize: options.poolSize });
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
