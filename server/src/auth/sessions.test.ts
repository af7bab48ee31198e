import { schema } from '@vigie/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { hashToken } from './sessions.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const minutes = (n: number) => n * 60_000;
const advance = (ms: number) => {
  h.clock.now = new Date(h.clock.now.getTime() + ms);
};
const me = (token: string) => h.caller({ token }).api.auth.me();

describe('sessions', () => {
  it('stores only the SHA-256 of a 256-bit token', async () => {
    const member = await h.staffMember('agent');
    const token = await h.signIn(member.email);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await h.owner.select().from(schema.sessions).where(eq(schema.sessions.staffId, member.id));
    expect(rows.map((r) => r.tokenHash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('gives a new token at each sign-in', async () => {
    const member = await h.staffMember('agent');
    const first = await h.signIn(member.email);
    const second = await h.signIn(member.email);
    expect(second).not.toBe(first);
    expect((await me(second)).id).toBe(member.id);
  });

  it('ends after 30 idle minutes, and says so in the audit log', async () => {
    const member = await h.staffMember('dpo');
    const token = await h.signIn(member.email);
    advance(minutes(29));
    expect((await me(token)).id).toBe(member.id);
    advance(minutes(30));
    const { api, cookies } = h.caller({ token });
    await expect(api.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(cookies.cleared).toBe(1);
    const { auditEvents: e } = schema;
    const events = await h.owner
      .select({ id: e.id })
      .from(e)
      .where(and(eq(e.action, 'session_expired'), eq(e.actorStaffId, member.id)));
    expect(events).toHaveLength(1);
  });

  it('ends after 12 hours even when used all along', async () => {
    const member = await h.staffMember('agent');
    const token = await h.signIn(member.email);
    for (let elapsed = 0; elapsed < minutes(11 * 60 + 40); elapsed += minutes(20)) {
      advance(minutes(20));
      await me(token);
    }
    advance(minutes(20));
    await expect(me(token)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('ends on sign-out', async () => {
    const member = await h.staffMember('manager');
    const token = await h.signIn(member.email);
    await h.caller({ token }).api.auth.logout();
    await expect(me(token)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('ends every session of an account that is disabled or whose password is reset', async () => {
    const admin = await h.as('admin', { purpose: 'administration' });
    const target = await h.staffMember('agent');
    const tokens = [await h.signIn(target.email), await h.signIn(target.email)];
    await admin.api.staff.update({ id: target.id, data: { disabled: true } });
    for (const token of tokens) await expect(me(token)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    const other = await h.staffMember('agent');
    const token = await h.signIn(other.email);
    await admin.api.staff.resetPassword({ id: other.id, password: 'a brand new password' });
    await expect(me(token)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
