import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

/** Whether this machine can start a PostgreSQL cluster of its own (Debian's server binaries, as root). */
export const canStartCluster = () => existsSync(join(BIN, 'pg_ctl')) && process.getuid?.() === 0;

/**
 * A PostgreSQL 15 cluster of the test's own, so that it may be killed: `initdb` refuses root, so the
 * binaries run as the `postgres` user, with trust authentication on 127.0.0.1 and a private socket.
 */
export async function startThrowawayCluster(port: number) {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-cluster-'));
  await chmod(dir, 0o777);
  const data = join(dir, 'data');
  const asPostgres = (tool: string, ...args: string[]) => run('runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]);
  await asPostgres('initdb', '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync');
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => asPostgres('pg_ctl', '-D', data, '-o', options, '-w', '-l', join(dir, 'log'), 'start');
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** A crash: `pg_ctl -m immediate` stops without a checkpoint, as a power cut would. */
    crash: () => asPostgres('pg_ctl', '-D', data, '-m', 'immediate', 'stop'),
    start,
    async remove() {
      await asPostgres('pg_ctl', '-D', data, '-m', 'immediate', 'stop').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
