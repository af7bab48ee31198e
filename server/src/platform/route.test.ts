import { schema } from '@vigie/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { serveApi } from '../test/http.ts';
import { insertLearner } from '../test/records.ts';
import { PLATFORM_PROCEDURE } from './blocked-learners.ts';
import { PLATFORM_PATH } from './route.ts';

const TOKEN = 'a-platform-secret-of-at-least-32-chars';
let h: Harness;
let on: Awaited<ReturnType<typeof serveApi>>;
let off: Awaited<ReturnType<typeof serveApi>>;

beforeAll(async () => {
  h = await createHarness();
  on = await serveApi({ ...h.services, config: { ...h.services.config, platformToken: TOKEN } });
  off = await serveApi(h.services);
});
afterAll(async () => {
  await on.close();
  await off.close();
  await h.close();
});

const ask = (base: string, authorization?: string) =>
  fetch(`${base}${PLATFORM_PATH}`, authorization ? { headers: { authorization } } : {});

const transfers = () =>
  h.owner
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.action, 'transfer'), eq(schema.auditEvents.procedure, PLATFORM_PROCEDURE)));

describe('GET /platform/blocked-learners', () => {
  it('answers the blocked learner ids only, and records each call as a transfer to the platform', async () => {
    const blocked = await insertLearner(h.owner, { status: 'blocked' });
    const active = await insertLearner(h.owner);
    const before = (await transfers()).length;
    const res = await ask(on.base, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { learnerIds: string[] };
    expect(Object.keys(body)).toEqual(['learnerIds']);
    expect(body.learnerIds).toContain(blocked.id);
    expect(body.learnerIds).not.toContain(active.id);
    const rows = await transfers();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actorStaffId: null,
      actorRole: 'platform',
      entity: 'learners',
      subjectIds: body.learnerIds.map((id) => `learner:${id}`),
      details: { recipient: '8e0f1d52-6c1a-4f0e-9d3a-000000000004', count: body.learnerIds.length },
    });
  });

  it('refuses a missing or wrong token with 401 and reads nothing', async () => {
    const before = (await transfers()).length;
    expect((await ask(on.base)).status).toBe(401);
    expect((await ask(on.base, `Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await ask(on.base, `Bearer ${TOKEN.slice(0, -1)}`)).status).toBe(401);
    expect((await transfers()).length).toBe(before);
  });

  it('does not exist without a configured token', async () => {
    expect((await ask(off.base, `Bearer ${TOKEN}`)).status).toBe(404);
  });
});
