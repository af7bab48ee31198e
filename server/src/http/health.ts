import { sql } from 'drizzle-orm';
import { auditHealth } from '../audit/health.ts';
import type { Services } from '../context.ts';

const PING_TIMEOUT_MS = 2_000;

async function reachable(services: Services): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  const ping = services.db.execute(sql`SELECT 1`).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /healthz`: ok, or degraded with what is wrong (the database unreachable, audit rows failing),
 * so that a load balancer stops sending traffic to a process that cannot serve personal data.
 */
export async function healthOf(services: Services) {
  const database = await reachable(services);
  const auditFailing = auditHealth.failingSince();
  const ok = database && !auditFailing;
  return {
    status: ok ? ('ok' as const) : ('degraded' as const),
    db: services.databaseKind,
    ...(database ? {} : { database: 'unreachable' as const }),
    ...(auditFailing ? { audit: 'failing' as const, auditFailingSince: auditFailing.toISOString() } : {}),
  };
}
