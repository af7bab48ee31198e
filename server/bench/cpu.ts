import { readFileSync } from 'node:fs';
import { type Database, selectRows } from '@vigie/db';
import { sql } from 'drizzle-orm';

// Linux's clock ticks per second for /proc/<pid>/stat (`getconf CLK_TCK`), 100 on every common kernel.
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc; 0 where there is no /proc. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Write system calls a process has made so far (sockets included), from /proc; 0 where there is no /proc. */
export function processWrites(pid: number): number {
  try {
    return Number(/^syscw: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function backendPids(db: Database): Promise<number[]> {
  const rows = await selectRows<{ pid: number }>(
    db,
    sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return rows.map((row) => Number(row.pid));
}

export interface CpuUse {
  /** The server child process, or its cluster workers. */
  server: number;
  /** The PostgreSQL backends of this database (the children's pools), while the run lasted. */
  postgres: number;
  /** This process: autocannon, the load generator, shares the machine. */
  loadGenerator: number;
  /** Write system calls of the server processes: to PostgreSQL and to the clients (each is dear on a VM). */
  serverWrites: number;
}

/** Starts counting CPU time; the returned function gives the seconds used since. */
export async function startCpuCount(db: Database, serverPids: number[]): Promise<() => Promise<CpuUse>> {
  const pids = await backendPids(db);
  const total = (list: number[]) => list.reduce((sum, pid) => sum + processCpuSeconds(pid), 0);
  const postgres = () => total(pids);
  const servers = () => total(serverPids);
  const writes = () => serverPids.reduce((sum, pid) => sum + processWrites(pid), 0);
  const written = writes();
  const server = servers();
  const pg = postgres();
  const own = process.cpuUsage();
  return async () => {
    const used = process.cpuUsage(own);
    return {
      server: servers() - server,
      postgres: postgres() - pg,
      loadGenerator: (used.user + used.system) / 1e6,
      serverWrites: writes() - written,
    };
  };
}
