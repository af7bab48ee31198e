import { createHash } from 'node:crypto';
import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { RateLimiterDrizzle, type RateLimiterRes } from 'rate-limiter-flexible';

export interface ThrottlePolicy {
  /** Consecutive failures an account may have before it must wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it, up to `maxWaitSeconds`. */
  firstWaitSeconds: number;
  maxWaitSeconds: number;
  /** Failures one IP address may make in `ipWindowSeconds` before it is blocked for the window. */
  ipFailures: number;
  ipWindowSeconds: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  freeFailures: 5,
  firstWaitSeconds: 60,
  maxWaitSeconds: 15 * 60,
  ipFailures: 30,
  ipWindowSeconds: 15 * 60,
};

export interface LoginThrottle {
  /** Seconds to wait before this attempt may run argon2, 0 when it may run now. */
  waitSeconds(account: string, ip: string | null): Promise<number>;
  recordFailure(account: string, ip: string | null): Promise<void>;
  recordSuccess(account: string): Promise<void>;
}

// Keys are hashed: the limiter's table must not become a list of emails and IP addresses.
const key = (value: string) => createHash('sha256').update(value.toLowerCase()).digest('hex');

const waitOf = (res: RateLimiterRes | null, points: number) =>
  res && res.consumedPoints > points ? Math.ceil(res.msBeforeNext / 1000) : 0;

/** Throttling lives in PostgreSQL (rate-limiter-flexible's Drizzle store), shared by every process. */
export function createLoginThrottle(db: Database, policy = defaultThrottlePolicy): LoginThrottle {
  const store = { storeClient: db, schema: schema.rateLimits };
  // Counts an account's consecutive failures; a success deletes the count.
  const failures = new RateLimiterDrizzle({ ...store, keyPrefix: 'login_failures', points: 1e6, duration: 86_400 });
  // Holds the current wait of an account, set after each failure past the free ones.
  const lockouts = new RateLimiterDrizzle({ ...store, keyPrefix: 'login_lockout', points: 0, duration: 1 });
  const ips = new RateLimiterDrizzle({
    ...store,
    keyPrefix: 'login_ip',
    points: policy.ipFailures,
    duration: policy.ipWindowSeconds,
    blockDuration: policy.ipWindowSeconds,
  });

  return {
    async waitSeconds(account, ip) {
      const [lockout, byIp] = await Promise.all([
        lockouts.get(key(account)),
        ip ? ips.get(key(ip)) : null,
      ]);
      return Math.max(waitOf(lockout, 0), waitOf(byIp, policy.ipFailures));
    },
    async recordFailure(account, ip) {
      const counted = await failures.penalty(key(account));
      const beyond = counted.consumedPoints - policy.freeFailures;
      if (beyond >= 0) {
        const wait = Math.min(policy.firstWaitSeconds * 2 ** beyond, policy.maxWaitSeconds);
        await lockouts.block(key(account), wait);
      }
      // consume() rejects with the limiter's answer once the IP is over its budget; that is expected.
      if (ip) await ips.consume(key(ip)).catch((res: unknown) => {
        if (res instanceof Error) throw res;
      });
    },
    async recordSuccess(account) {
      await Promise.all([failures.delete(key(account)), lockouts.delete(key(account))]);
    },
  };
}
