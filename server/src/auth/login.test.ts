import { schema } from '@vigie/db';
import argon2 from 'argon2';
import { arrayContains } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHarness, type Harness, TEST_PASSWORD } from '../test/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function attempt(email: string, password: string, ip = '192.0.2.50') {
  const { api, cookies } = h.caller({ ip });
  const error = await api.auth.login({ email, password }).then(
    () => null,
    (e: { code: string; message: string }) => e,
  );
  return { error, cookies };
}

describe('sign-in', () => {
  it('signs in with the email in any case and sets the session cookie', async () => {
    const member = await h.staffMember('agent');
    const { api, cookies } = h.caller();
    const me = await api.auth.login({ email: member.email.toUpperCase(), password: TEST_PASSWORD });
    expect(me).toMatchObject({ id: member.id, role: 'agent' });
    expect(cookies.set).toHaveLength(1);
  });

  it('answers an unknown email and a wrong password alike, each after one argon2 run', async () => {
    const member = await h.staffMember('agent');
    const verify = vi.spyOn(argon2, 'verify');
    const unknown = await attempt(`nobody-${member.id}@test.vigie`, TEST_PASSWORD);
    expect(verify).toHaveBeenCalledTimes(1);
    const wrong = await attempt(member.email, 'not the password');
    expect(verify).toHaveBeenCalledTimes(2);
    verify.mockRestore();
    expect(unknown.error).toMatchObject({ code: 'UNAUTHORIZED', message: 'Identifiants invalides.' });
    expect(wrong.error).toMatchObject({ code: unknown.error?.code, message: unknown.error?.message });
  });

  it('refuses a disabled account with the same answer', async () => {
    const member = await h.staffMember('agent', { disabled: true });
    const { error } = await attempt(member.email, TEST_PASSWORD);
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', message: 'Identifiants invalides.' });
  });

  it('throttles before argon2 runs once an account has failed 5 times', async () => {
    const member = await h.staffMember('agent');
    for (let i = 0; i < 5; i += 1) await attempt(member.email, 'wrong', `192.0.2.${60 + i}`);
    const verify = vi.spyOn(argon2, 'verify');
    const { error } = await attempt(member.email, TEST_PASSWORD);
    expect(verify).not.toHaveBeenCalled();
    verify.mockRestore();
    expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('audits successes and failures with who, from where and the outcome, never the email typed', async () => {
    const member = await h.staffMember('dpo');
    await attempt(member.email, 'wrong', '192.0.2.99');
    await h.signIn(member.email, { ip: '192.0.2.98' });
    const events = await h.owner
      .select()
      .from(schema.auditEvents)
      .where(arrayContains(schema.auditEvents.subjectIds, [`staff:${member.id}`]))
      .orderBy(schema.auditEvents.id);
    expect(events.map((e) => [e.action, e.outcome, e.ip])).toEqual([
      ['login_failed', 'failure', '192.0.2.99'],
      ['login', 'success', '192.0.2.98'],
    ]);
    expect(events[1]?.actorStaffId).toBe(member.id);
    expect(JSON.stringify(events)).not.toContain(member.email);
  });
});
