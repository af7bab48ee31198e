import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowOf } from '../test/audit.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { insertAttendance, insertContract, insertLearner } from '../test/records.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const day = (d: number) => new Date(Date.UTC(2026, 2, d, 9));

/** A 10-hour contract (600 minutes): 25 % is 150 minutes, 50 % 300, 75 % 450, 100 % 600. */
async function learnerWithSessions(sessions: [minutes: number, present: boolean][]) {
  const learner = await insertLearner(h.owner);
  const contract = await insertContract(h.owner, { learnerId: learner.id, hours: 10, startDate: '2026-03-01' });
  let d = 1;
  for (const [durationMinutes, present] of sessions) {
    await insertAttendance(h.owner, { contractId: contract.id, learnerId: learner.id, sessionAt: day(d++), durationMinutes, present });
  }
  return { learner, contract };
}

describe('attendance.milestones', () => {
  it('dates each jalon at the first session whose present minutes cover its share, absences not counted', async () => {
    const { learner, contract } = await learnerWithSessions([
      [150, true], // 150: exactly 25 %
      [150, false], // absent: still 150
      [149, true], // 299: one minute short of 50 %
      [1, true], // 300: 50 %
      [200, true], // 500: 75 %, not 100 %
    ]);
    const agent = await h.as('agent', { purpose: 'learner_request', purposeRef: 'TICKET-12' });
    const { data } = await agent.api.attendance.milestones({ learnerId: learner.id });
    expect(data).toEqual([
      {
        id: contract.id,
        learnerId: learner.id,
        course: contract.course,
        hours: 10,
        attendedMinutes: 500,
        milestones: [
          { percent: 25, reachedAt: day(1).toISOString() },
          { percent: 50, reachedAt: day(4).toISOString() },
          { percent: 75, reachedAt: day(5).toISOString() },
          { percent: 100, reachedAt: null },
        ],
      },
    ]);
  });

  it('lists a contract without sessions with nothing reached, next to the others', async () => {
    const { learner } = await learnerWithSessions([[600, true]]);
    await insertContract(h.owner, { learnerId: learner.id, hours: 20, startDate: '2026-09-01', endDate: '2026-12-01' });
    const agent = await h.as('agent', { purpose: 'learner_request' });
    const { data } = await agent.api.attendance.milestones({ learnerId: learner.id });
    expect(data.map((c) => [c.hours, c.attendedMinutes, c.milestones.filter((m) => m.reachedAt).length])).toEqual([
      [20, 0, 0],
      [10, 600, 4],
    ]);
  });

  it('is an audited read of the sessions, naming the learner and the purpose', async () => {
    const { learner } = await learnerWithSessions([[60, true]]);
    const dpo = await h.as('dpo', { purpose: 'dsr', purposeRef: 'DSR-3' });
    await dpo.api.attendance.milestones({ learnerId: learner.id });
    expect(await auditRowOf(h, dpo.request.requestId)).toMatchObject({
      action: 'list',
      entity: 'attendance',
      subjectIds: [`learner:${learner.id}`],
      fields: expect.arrayContaining(['durationMinutes', 'present', 'sessionAt']),
      purposeCode: 'dsr',
      purposeRef: 'DSR-3',
      outcome: 'success',
    });
  });

});
