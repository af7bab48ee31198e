import type { Harness } from './harness.ts';

/** An agent and a DPO of one harness, and a request opened by the agent (received 31 January 2026). */
export async function requestDesk(h: Harness) {
  // The service clock: 10 February 2026 in Paris, before every sign-in so sessions share it.
  h.clock.now = new Date('2026-02-10T09:00:00Z');
  const agent = await h.as('agent');
  const dpo = await h.as('dpo');
  const asAgent = () => h.caller({ token: agent.token, purpose: 'learner_request' });
  const asDpo = () => h.caller({ token: dpo.token, purpose: 'dsr' });
  async function open(data: Record<string, unknown> = {}) {
    const { data: request } = await asAgent().api.requests.create({
      data: {
        types: ['access', 'rectification'],
        receivedAt: '2026-01-31',
        channel: 'email',
        requesterName: 'Jeanne Martin',
        requesterEmail: 'jeanne.martin@example.test',
        ...data,
      },
    });
    return request;
  }
  async function verified(learnerId: string, types: string[]) {
    const request = await open({ learnerId, types });
    await asAgent().api.requests.verifyIdentity({ id: request.id, method: 'account_email' });
    return request;
  }
  return { agent, dpo, asAgent, asDpo, open, verified };
}
