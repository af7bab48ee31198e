import { randomUUID } from 'node:crypto';
import { openTestDatabase } from '@vigie/db/testing';
import { schema, type VigieDatabase } from '@vigie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginThrottle, defaultThrottlePolicy, type LoginThrottle } from './throttle.ts';

let database: VigieDatabase;
let throttle: LoginThrottle;
beforeAll(async () => {
  database = await openTestDatabase();
  throttle = createLoginThrottle(database.db, { ...defaultThrottlePolicy, ipFailures: 8 });
});
afterAll(() => database.close());

const account = () => `${randomUUID()}@test.vigie`;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

async function fail(email: string, times: number, from = ip()) {
  for (let i = 0; i < times; i += 1) await throttle.recordFailure(email, from);
}

describe('sign-in throttling', () => {
  it('lets an account fail 5 times, then makes it wait a minute', async () => {
    const email = account();
    await fail(email, 4);
    expect(await throttle.waitSeconds(email, null)).toBe(0);
    await fail(email, 1);
    const wait = await throttle.waitSeconds(email, null);
    expect(wait).toBeGreaterThan(55);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it('doubles the wait at each further failure, up to 15 minutes', async () => {
    const email = account();
    const waits: number[] = [];
    for (let failures = 5; failures <= 10; failures += 1) {
      await fail(email, failures === 5 ? 5 : 1);
      waits.push(Math.round((await throttle.waitSeconds(email, null)) / 60));
    }
    expect(waits).toEqual([1, 2, 4, 8, 15, 15]);
  });

  it('forgets the failures after a successful sign-in', async () => {
    const email = account();
    await fail(email, 5);
    await throttle.recordSuccess(email);
    expect(await throttle.waitSeconds(email, null)).toBe(0);
    await fail(email, 4);
    expect(await throttle.waitSeconds(email, null)).toBe(0);
  });

  it('blocks an IP address that fails too often across many accounts', async () => {
    const from = ip();
    for (let i = 0; i < 8; i += 1) await throttle.recordFailure(account(), from);
    expect(await throttle.waitSeconds(account(), from)).toBe(0);
    await throttle.recordFailure(account(), from);
    expect(await throttle.waitSeconds(account(), from)).toBeGreaterThan(800);
    expect(await throttle.waitSeconds(account(), ip())).toBe(0);
  });

  it('keeps neither emails nor addresses in its table', async () => {
    const email = account();
    await fail(email, 1, '203.0.113.77');
    const keys = await database.db.select({ key: schema.rateLimits.key }).from(schema.rateLimits);
    expect(keys.some((k) => k.key.includes(email) || k.key.includes('203.0.113.77'))).toBe(false);
  });
});
